// SPDX-License-Identifier: Apache-2.0
#include "renderlimits.h"

#include <fcntl.h>
#include <sys/resource.h>

#ifdef HOSHI_HAVE_SECCOMP
#include <seccomp.h>
#include <cerrno>
#endif

namespace hoshi::pdfrender {

namespace {

bool setLimit(int resource, rlim_t value)
{
    const rlimit limit{value, value};
    return ::setrlimit(resource, &limit) == 0;
}

#ifdef HOSHI_HAVE_SECCOMP
bool applySeccomp()
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx)
        return false;
    const uint32_t refuse = SCMP_ACT_ERRNO(EACCES);
    bool ok = true;
    // Opening for writing (or creating): any of these flag bits set.
    for (const unsigned flag : {unsigned(O_WRONLY), unsigned(O_RDWR), unsigned(O_CREAT), unsigned(O_TRUNC)}) {
        ok = ok && seccomp_rule_add(ctx, refuse, SCMP_SYS(openat), 1, SCMP_A2(SCMP_CMP_MASKED_EQ, flag, flag)) == 0;
        ok = ok && seccomp_rule_add(ctx, refuse, SCMP_SYS(open), 1, SCMP_A1(SCMP_CMP_MASKED_EQ, flag, flag)) == 0;
    }
    for (const int call : {SCMP_SYS(creat), SCMP_SYS(unlink), SCMP_SYS(unlinkat), SCMP_SYS(rename), SCMP_SYS(renameat),
                           SCMP_SYS(renameat2), SCMP_SYS(mkdir), SCMP_SYS(mkdirat), SCMP_SYS(truncate), SCMP_SYS(link),
                           SCMP_SYS(linkat), SCMP_SYS(symlink), SCMP_SYS(symlinkat), SCMP_SYS(chmod), SCMP_SYS(fchmodat),
                           SCMP_SYS(socket), SCMP_SYS(socketpair), SCMP_SYS(connect), SCMP_SYS(bind), SCMP_SYS(execve),
                           SCMP_SYS(execveat), SCMP_SYS(fork), SCMP_SYS(vfork), SCMP_SYS(ptrace)})
        ok = ok && seccomp_rule_add(ctx, refuse, call, 0) == 0;
    ok = ok && seccomp_load(ctx) == 0;
    seccomp_release(ctx);
    return ok;
}
#endif

} // namespace

QString applyLimits(qint64 addressSpaceBytes, int cpuSeconds)
{
    QStringList missing;
    if (!setLimit(RLIMIT_AS, rlim_t(addressSpaceBytes)))
        missing << QStringLiteral("RLIMIT_AS");
    if (!setLimit(RLIMIT_CPU, rlim_t(cpuSeconds)))
        missing << QStringLiteral("RLIMIT_CPU");
    if (!setLimit(RLIMIT_FSIZE, 0))
        missing << QStringLiteral("RLIMIT_FSIZE");
    if (!setLimit(RLIMIT_CORE, 0))
        missing << QStringLiteral("RLIMIT_CORE");
#ifdef HOSHI_HAVE_SECCOMP
    if (!applySeccomp())
        missing << QStringLiteral("seccomp");
#else
    missing << QStringLiteral("seccomp (built without libseccomp)");
#endif
    return missing.join(QLatin1String(", "));
}

} // namespace hoshi::pdfrender
