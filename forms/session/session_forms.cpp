// SPDX-License-Identifier: Apache-2.0
// Session edits for the official form of the current declaration.
#include "session.h"

#include "officialform/formattachment.h"

namespace hoshi {

bool Session::attachForm(const QString &templatePath, const QString &profilePath, officialform::AttachOutcome *outcome)
{
    if (!writable() || m_declarationId < 0)
        return false;
    QString error;
    const bool ok = officialform::FormAttachment::attach(*m_workspace, m_declarationId, templatePath, profilePath,
                                                         outcome, &error);
    if (!ok)
        fail(error);
    refresh();
    return ok;
}

bool Session::loadForm(officialform::LoadedForm *form, QString *error) const
{
    if (!m_workspace || m_declarationId < 0) {
        if (error)
            *error = tr("No declaration is open.");
        return false;
    }
    return officialform::FormAttachment::load(*m_workspace, m_declarationId, form, error);
}

bool Session::saveFormProfile(const officialform::FormProfile &profile)
{
    if (!writable() || m_declarationId < 0)
        return false;
    QString error;
    const bool ok = officialform::FormAttachment::saveProfile(*m_workspace, m_declarationId, profile, &error);
    if (!ok)
        fail(error);
    refresh();
    return ok;
}

bool Session::exportFormProfile(const QString &path)
{
    if (!m_workspace || m_declarationId < 0)
        return false;
    QString error;
    const bool ok = officialform::FormAttachment::exportProfile(*m_workspace, m_declarationId, path, &error);
    if (!ok)
        fail(error);
    return ok;
}

bool Session::removeForm()
{
    if (!writable() || m_declarationId < 0)
        return false;
    QString error;
    const bool ok = officialform::FormAttachment::remove(*m_workspace, m_declarationId, &error);
    if (!ok)
        fail(error);
    refresh();
    return ok;
}

} // namespace hoshi
