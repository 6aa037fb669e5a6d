// SPDX-License-Identifier: Apache-2.0
#include "detectwords.h"

#include <initializer_list>

namespace hoshi::officialform::words {

namespace {

bool containsAny(const QString &folded, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (folded.contains(fold(QString::fromUtf8(needle))))
            return true;
    }
    return false;
}

bool equalsAny(const QString &folded, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (folded == fold(QString::fromUtf8(word)))
            return true;
    }
    return false;
}

} // namespace

QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        char16_t c = ch.unicode();
        if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII
            c = char16_t(c - 0xFF01 + 0x21);
        switch (c) {
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        case 0x2212: case 0xFE63: case 0xFF70: case 0x30FC:
            c = u'-';
            break;
        default:
            break;
        }
        if (QChar(c).isSpace() || c == 0x3000)
            continue;
        out.append(QChar(c));
    }
    return out.toCaseFolded();
}

// The strong words first: "適合/不適合/対象外" is the verdict column although it says 対象外, and
// "対象外の理由" is the reason although it says 対象外.
CellRole headerRole(const QString &text, bool *weak)
{
    if (weak)
        *weak = false;
    const QString f = fold(text);
    if (f.isEmpty() || f.size() > 40)
        return CellRole::None;
    if (containsAny(f, {"備考", "remarks", "remark", "notes"}))
        return CellRole::Remarks;
    if (containsAny(f, {"理由", "reason", "justification"}))
        return CellRole::Reason;
    if (containsAny(f, {"判定", "結果", "result", "verdict"}))
        return CellRole::Verdict;
    if (containsAny(f, {"根拠", "エビデンス", "確認方法", "記載箇所", "evidence"}))
        return CellRole::Evidence;
    if (containsAny(f, {"対象外"}) && !containsAny(f, {"適合"}))
        return CellRole::Reason;
    if (containsAny(f, {"適合", "conformity", "compliance"})) {
        if (weak)
            *weak = true;
        return CellRole::Verdict;
    }
    if (containsAny(f, {"評価項目", "評価観点", "evaluationpoint", "assessmentpoint"}))
        return CellRole::Point;
    return CellRole::None;
}

std::optional<Verdict> verdictOfWord(const QString &word)
{
    const QString f = fold(word);
    if (equalsAny(f, {"適合", "〇", "○", "◯", "conforming", "conforms", "conform", "compliant", "yes", "pass", "met"}))
        return Verdict::Conforming;
    if (equalsAny(f, {"不適合", "×", "✕", "✖", "x", "non-conforming", "nonconforming", "notconforming",
                      "non-compliant", "noncompliant", "no", "fail", "notmet"}))
        return Verdict::NonConforming;
    if (equalsAny(f, {"対象外", "非該当", "該当なし", "-", "—", "n/a", "na", "notapplicable"}))
        return Verdict::NotApplicable;
    return std::nullopt;
}

QString fieldOfLabel(const QString &text)
{
    QString f = fold(text);
    // A label may end in a colon or carry a "required" mark: "製品名（必須）:", "* Product name".
    for (const char *mark : {":", "：", "*", "※", "(必須)", "(required)"})
        f.remove(fold(QString::fromUtf8(mark)));
    if (f.isEmpty() || f.size() > 32)
        return {};
    struct Label {
        const char *key;
        std::initializer_list<const char *> words;
    };
    static const Label labels[] = {
        {"manufacturer.corporateNumber", {"法人番号", "corporatenumber"}},
        {"product.firmwareVersion", {"ファームウェア", "firmwareversion", "firmware"}},
        {"declaration.evaluationCompletedOn", {"評価完了日", "evaluationcompletiondate", "dateofevaluation"}},
        {"product.modelNumbers", {"型番", "型式", "modelnumber", "modelno."}},
        {"product.name", {"製品名", "productname"}},
        {"manufacturer.name", {"製造業者", "事業者名", "申請者名", "manufacturer", "companyname"}},
        {"criteria.id", {"適合基準", "criteria"}},
        {"manufacturer.contact", {"連絡先", "担当者", "contact"}},
    };
    // A label is the word with little around it ("ファームウェアバージョン", "製造業者名"); a title
    // that happens to contain one ("JC-STAR ★1 適合基準チェックリスト") is not.
    constexpr qsizetype MaxExtra = 8;
    for (const Label &label : labels) {
        for (const char *word : label.words) {
            const QString w = fold(QString::fromUtf8(word));
            if (f.contains(w) && f.size() <= w.size() + MaxExtra)
                return QString::fromLatin1(label.key);
        }
    }
    return {};
}

} // namespace hoshi::officialform::words
