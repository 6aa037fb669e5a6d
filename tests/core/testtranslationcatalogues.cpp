// SPDX-License-Identifier: Apache-2.0
// Every translation catalogue (translations/*.ts) as it is committed: a message counted with %n
// is a numerus message everywhere, the English catalogue gives it a real singular and plural
// ("1 review comment is still open", never "1 review comment are still open" or "(s)"), and
// every other catalogue has its forms filled. tools/ts_tool.py fill-english writes the English
// forms; tools/update-translations.sh runs it.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QStringList forms; // numerus forms, or the one translation
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!current.source.isNull())
                messages << current;
            current = Message{context, QString(), xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.forms << xml.readElementText();
        } else if (name == QLatin1String("translation") && !current.numerus) {
            current.forms << xml.readElementText();
        }
    }
    if (!current.source.isNull())
        messages << current;
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// Positions of the "(s)" counted by %n: the nearest placeholder before it is %n ("%1
// record(s)" is counted by %1 and keeps its "(s)" in every form).
QList<qsizetype> countedMarks(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(n|\\d+)"));
    QList<qsizetype> marks;
    for (qsizetype at = text.indexOf(QLatin1String("(s)")); at >= 0; at = text.indexOf(QLatin1String("(s)"), at + 1)) {
        QString nearest;
        for (auto it = placeholder.globalMatch(text.left(at)); it.hasNext();)
            nearest = it.next().captured(1);
        if (nearest == QLatin1String("n"))
            marks << at;
    }
    return marks;
}

QStringList catalogues()
{
    const QDir dir(QStringLiteral(HOSHI_SOURCE_DIR "/translations"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QString where(const QString &path, const Message &m)
{
    return QStringLiteral("%1 [%2] \"%3\": %4").arg(QFileInfo(path).fileName(), m.context, m.source,
                                                   m.forms.join(QStringLiteral(" | ")));
}

} // namespace

class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCatalogueIsRead()
    {
        const QStringList paths = catalogues();
        QVERIFY(paths.size() >= 2);
        for (const QString &path : paths) {
            QString error;
            QVERIFY2(readCatalogue(path, &error).size() > 100, qPrintable(path + QStringLiteral(": ") + error));
        }
    }

    // tr("%n …") without the count argument shows "%n" itself.
    void countedMessagesAreNumerus()
    {
        QStringList wrong;
        for (const QString &path : catalogues()) {
            QString error;
            for (const Message &m : readCatalogue(path, &error)) {
                if (m.source.contains(QLatin1String("%n")) && !m.numerus)
                    wrong << where(path, m);
                if (m.numerus && (m.forms.isEmpty() || m.forms.contains(QString())))
                    wrong << where(path, m) + QStringLiteral(" (a form is missing)");
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void englishHasSingularAndPlural()
    {
        const QString path = QStringLiteral(HOSHI_SOURCE_DIR "/translations/hoshi_en.ts");
        QString error;
        const QList<Message> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A plural verb in the singular's clause right after the counted noun.
        static const QRegularExpression pluralVerb(
            QStringLiteral("%n [^,;:.()\u2014]*?\\b(?<!does not )(?<!doesn't )(are|were|do|don't|have|aren't|weren't|haven't)\\b"));
        QStringList wrong;
        int numerus = 0;
        for (const Message &m : messages) {
            if (!m.numerus)
                continue;
            ++numerus;
            if (m.forms.size() != 2 || m.forms.contains(QString())) {
                wrong << where(path, m) + QStringLiteral(" (needs a singular and a plural form)");
                continue;
            }
            const QString &singular = m.forms.at(0);
            const QString &plural = m.forms.at(1);
            if (countedMarks(m.source).isEmpty())
                continue;
            if (!countedMarks(singular).isEmpty() || !countedMarks(plural).isEmpty() || singular == plural)
                wrong << where(path, m) + QStringLiteral(" (\"(s)\" left in a form)");
            else if (pluralVerb.match(singular).hasMatch())
                wrong << where(path, m) + QStringLiteral(" (the singular takes a plural verb)");
        }
        QVERIFY(numerus > 20);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // The check itself finds what it is for.
    void theCheckFindsABadForm()
    {
        QCOMPARE(countedMarks(QStringLiteral("%n review comment(s) are still open.")).size(), 1);
        QCOMPARE(countedMarks(QStringLiteral("with %n item(s) (%1 record(s) linked)")).size(), 1);
        static const QRegularExpression pluralVerb(
            QStringLiteral("%n [^,;:.()\u2014]*?\\b(?<!does not )(?<!doesn't )(are|were|do|don't|have|aren't|weren't|haven't)\\b"));
        QVERIFY(pluralVerb.match(QStringLiteral("%n review comment are still open.")).hasMatch());
        QVERIFY(!pluralVerb.match(QStringLiteral("%n review comment is still open.")).hasMatch());
        QVERIFY(!pluralVerb.match(QStringLiteral("%n stored file does not have its recorded size")).hasMatch());
        QVERIFY(pluralVerb.match(QStringLiteral("%n stored file do not have their recorded size")).hasMatch());
        QVERIFY(!pluralVerb.match(QStringLiteral("%n declaration, %1 shown; %2 need attention")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "testtranslationcatalogues.moc"
