// SPDX-License-Identifier: Apache-2.0
#include "jsonduplicatekeys.h"

#include <QSet>

#include <cctype>

namespace hoshi {

namespace {

QString pointerToken(const QString &key)
{
    QString token = key;
    token.replace(QLatin1Char('~'), QLatin1String("~0"));
    token.replace(QLatin1Char('/'), QLatin1String("~1"));
    return token;
}

// A recursive descent over the text that understands just enough JSON to know the keys of
// every object. It stops (returns false) at the first thing that is not JSON.
class Scanner
{
public:
    explicit Scanner(const QByteArray &json) : m_p(json.constData()), m_end(json.constData() + json.size()) {}

    bool document()
    {
        skipSpace();
        if (!value(QString(), 0))
            return false;
        skipSpace();
        return m_p == m_end;
    }

    QList<JsonDuplicateKeys::Duplicate> duplicates;

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool value(const QString &pointer, int depth)
    {
        if (m_p >= m_end || depth > JsonDuplicateKeys::MaxDepth)
            return false;
        if (*m_p == '{')
            return object(pointer, depth);
        if (*m_p == '[')
            return array(pointer, depth);
        if (*m_p == '"') {
            QString ignored;
            return string(&ignored);
        }
        return scalar();
    }

    bool object(const QString &pointer, int depth)
    {
        ++m_p; // '{'
        QSet<QString> keys;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            QString key;
            if (m_p >= m_end || *m_p != '"' || !string(&key))
                return false;
            const QString child = pointer + QLatin1Char('/') + pointerToken(key);
            if (keys.contains(key))
                duplicates.append({child, key});
            keys.insert(key);
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            if (!value(child, depth + 1))
                return false;
            if (!endOfMember('}'))
                return m_done;
        }
    }

    bool array(const QString &pointer, int depth)
    {
        ++m_p; // '['
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (int index = 0;; ++index) {
            skipSpace();
            if (!value(pointer + QLatin1Char('/') + QString::number(index), depth + 1))
                return false;
            if (!endOfMember(']'))
                return m_done;
        }
    }

    // After a member: ',' continues (true); the closing bracket ends with m_done = true; anything
    // else ends with m_done = false.
    bool endOfMember(char close)
    {
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            return true;
        }
        m_done = m_p < m_end && *m_p == close;
        if (m_done)
            ++m_p;
        return false;
    }

    bool scalar()
    {
        const char *start = m_p;
        while (m_p < m_end && (std::isalnum(static_cast<unsigned char>(*m_p)) || *m_p == '-' || *m_p == '+' || *m_p == '.'))
            ++m_p;
        return m_p > start;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool string(QString *out)
    {
        ++m_p; // '"'
        const char *run = m_p;
        auto flush = [&] { out->append(QString::fromUtf8(run, m_p - run)); };
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                flush();
                ++m_p;
                return true;
            }
            if (c != '\\') {
                ++m_p;
                continue;
            }
            flush();
            if (m_end - m_p < 2)
                return false;
            const char e = m_p[1];
            m_p += 2;
            if (e == 'u') {
                if (m_end - m_p < 4)
                    return false;
                int code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(m_p[i]);
                    if (digit < 0)
                        return false;
                    code = code * 16 + digit;
                }
                m_p += 4;
                out->append(QChar(char16_t(code)));
            } else {
                static const QByteArray from = "\"\\/bfnrt";
                static const char to[] = "\"\\/\b\f\n\r\t";
                const qsizetype i = from.indexOf(e);
                if (i < 0)
                    return false;
                out->append(QLatin1Char(to[i]));
            }
            run = m_p;
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
    bool m_done = false;
};

} // namespace

QList<JsonDuplicateKeys::Duplicate> JsonDuplicateKeys::find(const QByteArray &json)
{
    QList<Duplicate> duplicates;
    return scan(json, &duplicates) ? duplicates : QList<Duplicate>();
}

bool JsonDuplicateKeys::scan(const QByteArray &json, QList<Duplicate> *duplicates)
{
    Scanner scanner(json);
    const bool complete = scanner.document();
    if (duplicates)
        *duplicates = scanner.duplicates;
    return complete;
}

} // namespace hoshi
