// SPDX-License-Identifier: Apache-2.0
// Runs a harness over every file of the folders given (the regression corpus of inputs that
// once crashed, and seeds): built with the normal toolchain, so ctest replays them everywhere.
#include "fuzzsupport.h"

#include <QDirIterator>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    hoshi::fuzz::ensureApplication();
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("README.md")))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray data = file.readAll();
            std::printf("replay %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
            std::fflush(stdout);
            (void)LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++count;
        }
    }
    std::printf("%d inputs replayed, none crashed\n", count);
    return 0;
}
