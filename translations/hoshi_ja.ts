<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>HashStream</name>
        <message>
            <location filename="../core/util/hashstream.cpp" line="58" />
            <location filename="../core/util/hashstream.cpp" line="67" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ApplicationPackageExporter</name>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="132" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 はすでに存在します。置き換えません。</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="139" />
            <source>Can not create the folder %1.</source>
            <translation>フォルダ %1 を作成できません。</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="202" />
            <source>Can not create %1: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="28" />
            <location filename="../core/export/applicationpackageexporter.cpp" line="223" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="229" />
            <location filename="../core/export/applicationpackageexporter.cpp" line="235" />
            <source>Can not rename %1 to %2.</source>
            <translation>%1 の名前を %2 に変更できません。</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="39" />
            <source>Can not read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ArchiveContent</name>
        <message>
            <location filename="../forms/auditor/archivecontent.cpp" line="30" />
            <location filename="../forms/auditor/archivecontent.cpp" line="42" />
            <source>The archive holds no file %1.</source>
            <translation>アーカイブにファイル %1 がありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ArchiveVerifier</name>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="265" />
            <source>%1 is a ZIP archive but holds no BagIt bag (no bagit.txt or manifest).</source>
            <translation>%1 はZIPアーカイブですが、BagItのバッグ（bagit.txt またはマニフェスト）を含んでいません。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="269" />
            <source>%1 holds more than one BagIt bag (%2).</source>
            <translation>%1 には複数のBagItのバッグがあります（%2）。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="196" />
            <source>%1: "%2" is too large for a tag file (%3 bytes).</source>
            <translation>%1: 「%2」はタグファイルとしては大きすぎます（%3 バイト）。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="216" />
            <source>The verification was cancelled.</source>
            <translation>検証は中止されました。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="226" />
            <source>"%1" lies outside the bag folder "%2".</source>
            <translation>「%1」はバッグのフォルダ「%2」の外にあります。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="202" />
            <source>bagit.txt is missing.</source>
            <translation>bagit.txt がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="214" />
            <source>bagit.txt does not declare a BagIt version.</source>
            <translation>bagit.txt にBagItのバージョンが記載されていません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="127" />
            <source>%1 is missing.</source>
            <translation>%1 がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="75" />
            <source>%1 lists "%2" twice (lines %3 and %4): a manifest names each file once.</source>
            <translation>%1 に「%2」が2回記載されています（%3 行目と %4 行目）。マニフェストには各ファイルを1回だけ記載します。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="110" />
            <source>%1 is not listed in %2: every manifest must list every file.</source>
            <translation>%1 が %2 に記載されていません。すべてのマニフェストにすべてのファイルを記載する必要があります。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="132" />
            <source>%1 can not be read: %2.</source>
            <translation>%1 を読み込めません: %2。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="145" />
            <source>%1 lists "%2", which is not a payload path.</source>
            <translation>%1 にペイロードのパスではない「%2」が記載されています。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="149" />
            <source>%1 lists "%2", which is not a tag file path: tag manifests list only tag files.</source>
            <translation>%1 に「%2」が記載されていますが、これはタグファイルのパスではありません。タグマニフェストにはタグファイルだけを記載します。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="172" />
            <source>%1 is missing (listed in %2).</source>
            <translation>%1 がありません（%2 に記載）。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="183" />
            <source>%1 was modified: its %2 is %3, the manifest says %4.</source>
            <translation>%1 は改変されています: %2 は %3 ですが、マニフェストでは %4 です。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="268" />
            <source>bag-info.txt does not record the size and number of the payload files (Payload-Oxum).</source>
            <translation>bag-info.txt にペイロードファイルの合計サイズと件数（Payload-Oxum）が記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="270" />
            <source>bag-info.txt records a payload of %1 (bytes.files, Payload-Oxum), but the payload in the archive is %2: files were changed, added or removed after the export.</source>
            <translation>bag-info.txt にはペイロードが %1（バイト数.ファイル数、Payload-Oxum）と記録されていますが、アーカイブ内のペイロードは %2 です。エクスポート後にファイルが変更・追加・削除されています。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="107" />
            <source>%1 was added: no manifest lists it.</source>
            <translation>%1 は追加されたものです: どのマニフェストにも記載がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="184" />
            <source>%1 was modified: its %2 is %3, %4 says %5.</source>
            <translation>%1 は改変されています: %2 は %3 ですが、%4 では %5 です。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="108" />
            <source>%1 was added: no tag manifest lists it.</source>
            <translation>%1 は追加されたものです: どのタグマニフェストにも記載がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="216" />
            <source>bagit.txt declares BagIt version %1; Hoshi checks BagIt 1.0 bags.</source>
            <translation>bagit.txt の BagIt バージョンは %1 です。Hoshi が検証できるのは BagIt 1.0 のバッグです。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="218" />
            <source>bagit.txt does not give "Tag-File-Character-Encoding: UTF-8" on its second line.</source>
            <translation>bagit.txt の2行目が「Tag-File-Character-Encoding: UTF-8」ではありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="220" />
            <source>bagit.txt holds %1 lines; BagIt requires exactly two.</source>
            <translation>bagit.txt は %1 行あります。BagIt ではちょうど2行と定められています。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="228" />
            <source>The payload folder data/ is missing.</source>
            <translation>ペイロードフォルダー data/ がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="242" />
            <source>bag-info.txt is missing.</source>
            <translation>bag-info.txt がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="252" />
            <source>bag-info.txt line %1 is not "Label: value".</source>
            <translation>bag-info.txt の %1 行目が「ラベル: 値」の形式ではありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="262" />
            <source>bag-info.txt gives %1 %2 times; BagIt allows it once.</source>
            <translation>bag-info.txt に %1 が %2 回記載されています。BagIt では1回だけ記載できます。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="244" />
            <source>The signature of tagmanifest-sha256.txt is not valid: %1</source>
            <translation>tagmanifest-sha256.txt の署名が正しくありません: %1</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="249" />
            <source>The archive holds no data/declaration.json.</source>
            <translation>アーカイブに data/declaration.json がありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AssessmentCommand</name>
        <message>
            <location filename="../forms/session/commands.cpp" line="18" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../forms/session/commands.cpp" line="21" />
            <source>%1: edit justification</source>
            <translation>%1: 理由を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/commands.cpp" line="24" />
            <source>%1: edit notes</source>
            <translation>%1: メモを編集</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AtomicFile</name>
        <message>
            <location filename="../core/util/atomicfile.cpp" line="70" />
            <source>Cannot write %1: %2</source>
            <translation>%1 を書き込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditChecklistModel</name>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="128" />
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="131" />
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="132" />
            <source>Exempt (PSTI)</source>
            <translation>免除（PSTI）</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="130" />
            <source>%1 — but %n file(s) behind it do not match the manifest</source>
            <translation>
                <numerusform>%1 — ただし根拠のファイル %n 件がマニフェストと一致しません</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="176" />
            <source>Your finding on this item (saved with the findings file).</source>
            <translation>この項目へのあなたの所見（所見ファイルに保存されます）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="184" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n 件変更</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="185" />
            <source>%n ok</source>
            <translation>
                <numerusform>正常 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="190" />
            <source>Files of this item's evidence that do not match the manifests: %n.</source>
            <translation>
                <numerusform>この項目のエビデンスのうち、マニフェストと一致しないファイル: %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="191" />
            <source>Every file of this item's evidence matches the manifests.</source>
            <translation>この項目のエビデンスのファイルはすべてマニフェストと一致しています。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="206" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="208" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="210" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="212" />
            <source>Method</source>
            <translation>評価手法</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="214" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="216" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="218" />
            <source>Finding</source>
            <translation>所見</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditFileModel</name>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="74" />
            <source>%1 matches both manifests.</source>
            <translation>%1 は両方のマニフェストと一致しています。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="96" />
            <source>tag file</source>
            <translation>タグファイル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="96" />
            <source>payload</source>
            <translation>ペイロード</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="103" />
            <source>matches</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="122" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="124" />
            <source>Path in the bag</source>
            <translation>バッグ内のパス</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="126" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="128" />
            <source>Expected hash (manifest)</source>
            <translation>期待されるハッシュ（マニフェスト）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="130" />
            <source>Actual hash (archive)</source>
            <translation>実際のハッシュ（アーカイブ）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditItemView</name>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="158" />
            <source>%1. %2: %3</source>
            <translation>%1. %2: %3</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="171" />
            <source>SHA-256 (declaration): %1</source>
            <translation>SHA-256（適合宣言の記録）: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="174" />
            <source>Matches both manifests.</source>
            <translation>両方のマニフェストと一致しています。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="175" />
            <source>The archive does not hold this file.</source>
            <translation>このファイルはアーカイブにありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/audititemview.cpp" line="189" />
            <source>Files (%n)</source>
            <translation>
                <numerusform>ファイル（%n）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="193" />
            <source>Choose an item in the checklist.</source>
            <translation>チェックリストで項目を選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="193" />
            <source>No file backs this item.</source>
            <translation>この項目を裏付けるファイルはありません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="230" />
            <source>⚠ This file is missing from the archive: nothing shown here is what the manifest recorded.</source>
            <translation>⚠ このファイルはアーカイブにありません。ここに表示される内容はマニフェストに記録されたものではありません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="234" />
            <source>⚠ This file does not match the manifest (%1): it is not the file that was exported and signed.</source>
            <translation>⚠ このファイルはマニフェストと一致しません（%1）。出力・署名されたファイルではありません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="244" />
            <source>Document</source>
            <translation>文書</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="245" />
            <source>Number / version</source>
            <translation>文書番号・版</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="246" />
            <source>Pages</source>
            <translation>ページ</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="247" />
            <source>Chapter / section</source>
            <translation>章・節</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="248" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="249" />
            <source>Excerpt</source>
            <translation>抜粋</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="251" />
            <source>Procedure</source>
            <translation>手順</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="252" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="253" />
            <source>Test date</source>
            <translation>試験日</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="254" />
            <source>Tester</source>
            <translation>試験者</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="255" />
            <source>Firmware tested</source>
            <translation>試験したファームウェア</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="256" />
            <source>Environment</source>
            <translation>試験環境</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="261" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="264" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="272" />
            <source>Choose an item in the checklist to see its verdict and evidence.</source>
            <translation>チェックリストで項目を選ぶと、判定とエビデンスが表示されます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="285" />
            <source>vendor scope</source>
            <translation>事業者単位</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="285" />
            <source>product scope</source>
            <translation>製品単位</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="288" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="288" />
            <source>Exempt (PSTI)</source>
            <translation>免除（PSTI）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="290" />
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="291" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/audititemview.cpp" line="295" />
            <source>Evidence (%n)</source>
            <translation>
                <numerusform>エビデンス（%n）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="318" />
            <source>No file is attached to this evidence.</source>
            <translation>このエビデンスにはファイルが添付されていません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="332" />
            <source>the archive</source>
            <translation>アーカイブ</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="366" />
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="375" />
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="375" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="375" />
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="375" />
            <source>Path in the bag</source>
            <translation>バッグ内のパス</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="376" />
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="377" />
            <source>Copies the file out of the archive into a temporary folder and opens it with the desktop's application.</source>
            <translation>ファイルをアーカイブから一時フォルダに取り出し、デスクトップの既定のアプリケーションで開きます。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditorPage</name>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="363" />
            <source>No archive open</source>
            <translation>アーカイブが開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="364" />
            <source>Open a retained evidence archive with File ▸ Open evidence archive…</source>
            <translation>保管用のエビデンスアーカイブは ファイル ▸ エビデンスアーカイブを開く… で開きます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="369" />
            <source>Checking the archive…</source>
            <translation>アーカイブを検証しています…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="370" />
            <source>Every file is read once and hashed; nothing is extracted.</source>
            <translation>すべてのファイルを一度ずつ読んでハッシュを計算します。展開はしません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="375" />
            <source>Not checked: the verification was cancelled</source>
            <translation>未検証: 検証は中止されました</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="376" />
            <source>Open the archive again to check it.</source>
            <translation>検証するには、アーカイブをもう一度開いてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="385" />
            <source>… and %n more (see Files).</source>
            <translation>
                <numerusform>…ほか %n 件（「ファイル」タブを参照）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="407" />
            <source>Anyone can sign a forged archive with a key of their own: a valid signature says who signed only if the certificate's fingerprint is the manufacturer's.</source>
            <translation>偽造したアーカイブに自分の鍵で署名することは誰にでもできます。署名が有効でも、証明書のフィンガープリントが製造者のものと一致して初めて、誰が署名したかが分かります。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="420" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="426" />
            <source>%1 · route: %2</source>
            <translation>%1 · 申請ルート: %2</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="441" />
            <source>%1
subset: items %2 (of the full export %3)</source>
            <translation>%1
部分アーカイブ: 項目 %2（完全なエクスポート %3 の一部）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="450" />
            <source>Close archive</source>
            <translation>アーカイブを閉じる</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="451" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="453" />
            <source>Evidence archive (read-only): %1</source>
            <translation>エビデンスアーカイブ（読み取り専用）: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="454" />
            <source>Organisation:</source>
            <translation>組織:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="454" />
            <source>Product:</source>
            <translation>製品:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="454" />
            <source>Firmware:</source>
            <translation>ファームウェア:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="454" />
            <source>Criteria:</source>
            <translation>適合基準:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="455" />
            <source>Exported:</source>
            <translation>出力日時:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="455" />
            <source>Software:</source>
            <translation>ソフトウェア:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="455" />
            <source>Export id:</source>
            <translation>出力ID:</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="459" />
            <source>Checklist (%n item(s))</source>
            <translation>
                <numerusform>チェックリスト（%n 項目）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="460" />
            <source>Checklist</source>
            <translation>チェックリスト</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="464" />
            <source>Files (%n changed)</source>
            <translation>
                <numerusform>ファイル（%n 件変更）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="465" />
            <source>Files (%1 payload + %2 tag)</source>
            <translation>ファイル（ペイロード %1 + タグ %2）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="467" />
            <source>This archive holds %1. The banner and the payload size and count recorded in bag-info.txt cover the payload files only (the evidence and the application documents), not the bag's own tag files.</source>
            <translation>このアーカイブには %1 が含まれます。バナーと bag-info.txt に記録されたペイロードのサイズ・件数は、ペイロードファイル（証跡と申請書類）だけを対象とし、バッグ自体のタグファイルは含みません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="473" />
            <source>Show only files with problems</source>
            <translation>問題のあるファイルだけを表示</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="477" />
            <source>Problems of the bag as a whole:</source>
            <translation>バッグ全体の問題:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="484" />
            <source>The declaration in the archive cannot be shown: %1</source>
            <translation>アーカイブ内の適合宣言を表示できません: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::BagIt</name>
        <message>
            <location filename="../core/export/bagit.cpp" line="70" />
            <source>line %1 is not "&lt;hash&gt;  &lt;path&gt;"</source>
            <translation>%1 行目が「&lt;ハッシュ&gt;  &lt;パス&gt;」の形式ではありません</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureDialog</name>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="41" />
            <source>This file is not output of a tool Hoshi reads (nmap XML, testssl.sh JSON, ssh-audit JSON or a CycloneDX SBOM).</source>
            <translation>このファイルは Hoshi が読み込めるツールの出力（nmap XML、testssl.sh JSON、ssh-audit JSON、CycloneDX SBOM）ではありません。</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="67" />
            <source>Capture test result</source>
            <translation>試験結果の取り込み</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="86" />
            <source>Choose file…</source>
            <translation>ファイルを選択…</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="100" />
            <source>Severity</source>
            <translation>重大度</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="100" />
            <source>Finding</source>
            <translation>指摘</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="100" />
            <source>Against conformity</source>
            <translation>適合に反する</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="109" />
            <source>Use suggestion</source>
            <translation>提案を使う</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="119" />
            <source>optional: the firmware image the device ran, to record its SHA-256</source>
            <translation>任意: 機器で動作していたファームウェアイメージ（SHA-256 を記録します）</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="120" />
            <source>Choose image…</source>
            <translation>イメージを選択…</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="129" />
            <source>Capture</source>
            <translation>取り込む</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="133" />
            <source>Tool output file:</source>
            <translation>ツールの出力ファイル:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="135" />
            <source>Tool:</source>
            <translation>ツール:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="136" />
            <source>Target:</source>
            <translation>対象:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="137" />
            <source>Scanned:</source>
            <translation>実行日時:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="138" />
            <source>Summary:</source>
            <translation>概要:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="140" />
            <source>Item:</source>
            <translation>項目:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="142" />
            <source>Firmware version:</source>
            <translation>ファームウェアバージョン:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="143" />
            <source>Firmware image:</source>
            <translation>ファームウェアイメージ:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="165" />
            <source>(choose the item this test backs)</source>
            <translation>（この試験が裏付ける項目を選んでください）</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="170" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="180" />
            <source>Tool output file</source>
            <translation>ツールの出力ファイル</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="181" />
            <source>Tool output (*.xml *.json);;All files (*)</source>
            <translation>ツールの出力 (*.xml *.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="188" />
            <source>Firmware image</source>
            <translation>ファームウェアイメージ</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="188" />
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="203" />
            <source>Reading %1…</source>
            <translation>%1 を読み込み中…</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="232" />
            <source>Refused: %1</source>
            <translation>受け付けられません: %1</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="239" />
            <source>Read as %1 output.</source>
            <translation>%1 の出力として読み込みました。</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="242" />
            <source>%1 %2</source>
            <comment>tool name and version</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="244" />
            <location filename="../forms/capture/capturedialog.cpp" line="247" />
            <source>(not stated)</source>
            <translation>（記載なし）</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="273" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/capture/capturedialog.cpp" line="279" />
            <source>… and %n more finding(s)</source>
            <translation>
                <numerusform>…ほか %n 件の指摘</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="283" />
            <source>No findings.</source>
            <translation>指摘はありません。</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="295" />
            <source>No item suggested for this kind of output: choose one.</source>
            <translation>この種類の出力に対応する項目の提案はありません。項目を選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="299" />
            <source>This kind of output usually backs %1.</source>
            <translation>この種類の出力は通常 %1 を裏付けます。</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="330" />
            <source>Choose the item this test backs.</source>
            <translation>この試験が裏付ける項目を選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="330" />
            <source>Choose a tool output file first.</source>
            <translation>先にツールの出力ファイルを選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="341" />
            <source>Not captured: %1</source>
            <translation>取り込めませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureFindingsPanel</name>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="103" />
            <source>Captured test results</source>
            <translation>取り込んだ試験結果</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="104" />
            <source>Finding</source>
            <translation>指摘</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="104" />
            <source>Severity</source>
            <translation>重大度</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="104" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="105" />
            <source>A finding that contradicts a conforming verdict needs an answer: say why the item still conforms (or change the verdict).</source>
            <translation>適合の判定に反する指摘には回答が必要です。それでも適合と言える理由を書いてください（または判定を変更してください）。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="107" />
            <source>Answer to the selected finding</source>
            <translation>選択した指摘への回答</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="108" />
            <source>Save answer</source>
            <translation>回答を保存</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="109" />
            <source>Run again…</source>
            <translation>再実行…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="163" />
            <source>%1 — superseded by a newer capture</source>
            <translation>%1 — 新しい取り込みに置き換え済み</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="167" />
            <source>%1
Firmware image SHA-256: %2</source>
            <translation>%1
ファームウェアイメージの SHA-256: %2</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="199" />
            <source>needs an answer</source>
            <translation>回答が必要</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="199" />
            <source>contradicts conformity</source>
            <translation>適合に反する</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="208" />
            <source>… and %n more finding(s) in the findings file</source>
            <translation>
                <numerusform>…ほか %n 件の指摘（指摘ファイルに記載）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="214" />
            <source>No findings.</source>
            <translation>指摘はありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureParser</name>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="23" />
            <source>the JSON is nested more than %1 levels deep</source>
            <translation>JSON の入れ子が %1 階層を超えています</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="27" />
            <source>the JSON has more than %1 values</source>
            <translation>JSON の値が %1 個を超えています</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="50" />
            <source>the file is not usable JSON: %1</source>
            <translation>ファイルは使用できる JSON ではありません: %1</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="83" />
            <source>%1 is not a file</source>
            <translation>%1 はファイルではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="87" />
            <source>%1 is %2; tool output over %3 is refused</source>
            <translation>%1 は %2 です。%3 を超えるツール出力は受け付けません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="93" />
            <source>cannot read %1: %2</source>
            <translation>%1 を読めません: %2</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="98" />
            <source>%1 is larger than %2; refused</source>
            <translation>%1 は %2 を超えるため受け付けません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="109" />
            <source>nothing to parse into</source>
            <translation>解析結果の格納先がありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="113" />
            <source>the output is larger than %1; refused</source>
            <translation>出力が %1 を超えるため受け付けません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="117" />
            <source>the file is empty</source>
            <translation>ファイルが空です</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="139" />
            <source>the output has more than %1 findings</source>
            <translation>出力の指摘が %1 件を超えています</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="27" />
            <source>the XML was not written by nmap (scanner is not "nmap")</source>
            <translation>この XML は nmap が書いたものではありません（scanner が "nmap" ではありません）</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="45" />
            <source>port number "%1" is outside 1-65535</source>
            <translation>ポート番号 "%1" が 1～65535 の範囲外です</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="53" />
            <source>port %1 has an unknown protocol "%2"</source>
            <translation>ポート %1 のプロトコル "%2" は不明です</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="66" />
            <source>the XML is not nmap output (its root element is not &lt;nmaprun&gt;)</source>
            <translation>この XML は nmap の出力ではありません（ルート要素が &lt;nmaprun&gt; ではありません）</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="95" />
            <source>the XML declares a document type with its own definitions or entities; refused</source>
            <translation>この XML は独自の定義やエンティティを含む文書型を宣言しているため受け付けません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="158" />
            <source>the XML uses an entity reference; refused</source>
            <translation>この XML はエンティティ参照を使っているため受け付けません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="162" />
            <source>the XML is too large or too deeply nested (over %1 elements or %2 levels)</source>
            <translation>XML が大きすぎるか入れ子が深すぎます（要素 %1 個または %2 階層を超過）</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="182" />
            <source>the XML ends before it is complete (a truncated file?)</source>
            <translation>XML が途中で終わっています（ファイルが切り詰められていませんか）</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="183" />
            <source>the XML is not well-formed (line %1: %2)</source>
            <translation>XML の形式が正しくありません（%1 行目: %2）</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="187" />
            <source>the file holds no XML element</source>
            <translation>ファイルに XML 要素がありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="19" />
            <source>"%1" of a CycloneDX entry is not text</source>
            <translation>CycloneDX の項目の "%1" が文字列ではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="31" />
            <source>"components" of the SBOM is not an array</source>
            <translation>SBOM の "components" が配列ではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="35" />
            <source>the SBOM nests components more than 16 levels deep</source>
            <translation>SBOM のコンポーネントの入れ子が 16 階層を超えています</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="42" />
            <source>a component of the SBOM has no text "name"</source>
            <translation>SBOM のコンポーネントに文字列の "name" がありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="81" />
            <source>a vulnerability of the SBOM has no text "id"</source>
            <translation>SBOM の脆弱性に文字列の "id" がありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="86" />
            <source>"ratings" of vulnerability %1 is not an array</source>
            <translation>脆弱性 %1 の "ratings" が配列ではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="94" />
            <source>a score of vulnerability %1 is not a number</source>
            <translation>脆弱性 %1 のスコアが数値ではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="127" />
            <source>the file is not a CycloneDX SBOM ("bomFormat" is not "CycloneDX")</source>
            <translation>CycloneDX の SBOM ではありません（"bomFormat" が "CycloneDX" ではありません）</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="132" />
            <source>CycloneDX version "%1" is not supported (1.4 to 1.6 are)</source>
            <translation>CycloneDX のバージョン "%1" には対応していません（対応は 1.4～1.6）</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="146" />
            <source>"vulnerabilities" of the SBOM is not an array</source>
            <translation>SBOM の "vulnerabilities" が配列ではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="56" />
            <source>a testssl.sh entry is not an object with text "id", "severity" and "finding"</source>
            <translation>testssl.sh の項目が、文字列の "id"・"severity"・"finding" を持つオブジェクトではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="105" />
            <source>"scanResult" of the testssl.sh file is not an array</source>
            <translation>testssl.sh ファイルの "scanResult" が配列ではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="117" />
            <source>an entry of "scanResult" is not an object</source>
            <translation>"scanResult" の項目がオブジェクトではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="209" />
            <source>the notes of ssh-audit algorithm "%1" are not an object</source>
            <translation>ssh-audit のアルゴリズム "%1" の notes がオブジェクトではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="218" />
            <source>an ssh-audit "%1" entry is neither a name nor an object with "algorithm"</source>
            <translation>ssh-audit の "%1" の項目が、名前でも "algorithm" を持つオブジェクトでもありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="244" />
            <source>"cves" of the ssh-audit file is not an array</source>
            <translation>ssh-audit ファイルの "cves" が配列ではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="250" />
            <source>an ssh-audit CVE entry has no text "name"</source>
            <translation>ssh-audit の CVE 項目に文字列の "name" がありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="276" />
            <source>the testssl.sh file holds no results</source>
            <translation>testssl.sh ファイルに結果がありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="307" />
            <source>the file is not ssh-audit output (no "banner" object)</source>
            <translation>ssh-audit の出力ではありません（"banner" オブジェクトがありません）</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="312" />
            <source>"target" of the ssh-audit file is not text</source>
            <translation>ssh-audit ファイルの "target" が文字列ではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="323" />
            <source>"%1" of the ssh-audit file is not an array</source>
            <translation>ssh-audit ファイルの "%1" が配列ではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="332" />
            <source>the ssh-audit file lists no algorithms</source>
            <translation>ssh-audit ファイルにアルゴリズムがありません</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureRecipe</name>
        <message>
            <location filename="../core/capture/capturerecipe.cpp" line="31" />
            <source>the capture recipe is not a JSON object%1</source>
            <translation>取り込みレシピが JSON オブジェクトではありません%1</translation>
        </message>
        <message>
            <location filename="../core/capture/capturerecipe.cpp" line="37" />
            <source>the capture recipe names no known tool</source>
            <translation>取り込みレシピに既知のツールが指定されていません</translation>
        </message>
        <message>
            <location filename="../core/capture/capturerecipe.cpp" line="45" />
            <source>the arguments of the capture recipe are not a list</source>
            <translation>取り込みレシピの引数がリストではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/capturerecipe.cpp" line="50" />
            <source>an argument of the capture recipe is not text</source>
            <translation>取り込みレシピの引数に文字列でないものがあります</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureRules</name>
        <message>
            <location filename="../core/gate/capturerules.cpp" line="72" />
            <source>%1: the captured %2 output reports "%3", which contradicts the conforming verdict; answer the finding with a note or review the verdict.</source>
            <translation>%1: 取り込んだ %2 の出力が「%3」を報告しており、適合の判定と矛盾します。指摘に注記で回答するか、判定を見直してください。</translation>
        </message>
        <message>
            <location filename="../core/gate/capturerules.cpp" line="74" />
            <source>%1: the captured %2 output shows port %3 open, and the declaration does not name it among its interfaces; name it in the justification or answer the finding with a note.</source>
            <translation>%1: 取り込んだ %2 の出力ではポート %3 が開いていますが、申請のインタフェース一覧にありません。根拠に記載するか、指摘に注記で回答してください。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureService</name>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="69" />
            <source>There is no declaration with the id %1.</source>
            <translation>ID %1 の申請はありません。</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="73" />
            <source>Name the item the captured evidence backs.</source>
            <translation>取り込んだ証跡が裏付ける項目を指定してください。</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="78" />
            <source>The declaration's criteria have no item %1.</source>
            <translation>この申請の基準に項目 %1 はありません。</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="97" />
            <source>%1 is refused: %2</source>
            <translation>%1 は受け付けられません: %2</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="116" />
            <source>Cannot read the firmware image %1: %2</source>
            <translation>ファームウェアイメージ %1 を読めません: %2</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="154" />
            <source>Evidence %1 is not a captured tool output.</source>
            <translation>証跡 %1 は取り込んだツール出力ではありません。</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="158" />
            <source>Evidence %1 was already replaced by evidence %2; run that one again.</source>
            <translation>証跡 %1 はすでに証跡 %2 に置き換えられています。そちらを再実行してください。</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="171" />
            <source>The new output is refused: %1</source>
            <translation>新しい出力は受け付けられません: %1</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="194" />
            <location filename="../core/capture/captureservice.cpp" line="224" />
            <source>There is no evidence %1.</source>
            <translation>証跡 %1 はありません。</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="200" />
            <source>Evidence %1 has no capture recipe to run again.</source>
            <translation>証跡 %1 には再実行用の取り込みレシピがありません。</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="205" />
            <source>Evidence %1 backs no item of any declaration.</source>
            <translation>証跡 %1 はどの申請の項目も裏付けていません。</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="231" />
            <source>Evidence %1 has no finding "%2".</source>
            <translation>証跡 %1 に指摘 "%2" はありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureText</name>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="14" />
            <source>Critical</source>
            <translation>緊急</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="16" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="18" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="20" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="21" />
            <source>Info</source>
            <translation>情報</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="59" />
            <source>%1 %2</source>
            <comment>tool name and version</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="62" />
            <source>target %1</source>
            <translation>対象 %1</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="64" />
            <source>firmware %1</source>
            <translation>ファームウェア %1</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="66" />
            <source>image %1</source>
            <translation>イメージ %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChangeDetector</name>
        <message>
            <location filename="../core/baseline/changedetector.cpp" line="254" />
            <source>The %1 state is not a Hoshi declaration (%2).</source>
            <translation>%1の状態は Hoshi の適合宣言ではありません（%2）。</translation>
        </message>
        <message>
            <location filename="../core/baseline/changedetector.cpp" line="266" />
            <source>earlier</source>
            <translation>以前</translation>
        </message>
        <message>
            <location filename="../core/baseline/changedetector.cpp" line="269" />
            <source>current</source>
            <translation>現在</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="24" />
            <source>verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="25" />
            <source>justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="26" />
            <source>notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="27" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="28" />
            <source>model numbers</source>
            <translation>型番</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="29" />
            <source>product category</source>
            <translation>製品類型</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="30" />
            <source>firmware name</source>
            <translation>ファームウェア名</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="31" />
            <source>firmware version</source>
            <translation>ファームウェアバージョン</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="32" />
            <source>firmware image SHA-256</source>
            <translation>ファームウェアイメージの SHA-256</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="33" />
            <source>effective date</source>
            <translation>有効日</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="34" />
            <source>review date</source>
            <translation>見直し期限</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="35" />
            <source>support period end</source>
            <translation>サポート期間終了日</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="36" />
            <source>product web page</source>
            <translation>製品ウェブページ</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="37" />
            <source>vulnerability disclosure policy</source>
            <translation>脆弱性開示ポリシー</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="38" />
            <source>title</source>
            <translation>表題</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="39" />
            <source>result summary</source>
            <translation>結果の概要</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="40" />
            <source>test date</source>
            <translation>試験日</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="41" />
            <source>route</source>
            <translation>申請ルート</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="42" />
            <source>registration number</source>
            <translation>登録番号</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="43" />
            <source>label valid until</source>
            <translation>ラベル有効期限</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="44" />
            <source>label status</source>
            <translation>ラベルの状態</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="54" />
            <source>Organisation</source>
            <translation>組織</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="56" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="58" />
            <source>Declaration</source>
            <translation>適合宣言</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="65" />
            <source>Evidence #%1</source>
            <translation>エビデンス #%1</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="90" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="99" />
            <source>%1: item added to the criteria</source>
            <translation>%1: 評価基準に追加された項目</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="99" />
            <source>%1: item no longer in the criteria</source>
            <translation>%1: 評価基準から外れた項目</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="101" />
            <source>%1: evidence %2 linked</source>
            <translation>%1: エビデンス %2 を関連付け</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="101" />
            <source>%1: evidence %2 unlinked</source>
            <translation>%1: エビデンス %2 の関連付けを解除</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="103" />
            <source>Evidence %1 added (items: %2)</source>
            <translation>エビデンス %1 を追加（項目: %2）</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="103" />
            <source>Evidence %1 removed (items: %2)</source>
            <translation>エビデンス %1 を削除（項目: %2）</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="106" />
            <source>Evidence #%1: file “%2” added (SHA-256 %3)</source>
            <translation>エビデンス #%1: ファイル「%2」を追加（SHA-256 %3）</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="107" />
            <source>Evidence #%1: file “%2” removed (SHA-256 %3)</source>
            <translation>エビデンス #%1: ファイル「%2」を削除（SHA-256 %3）</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="109" />
            <source>%1: %2 changed from %3 to %4</source>
            <translation>%1: %2を %3 から %4 に変更</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChangeReport</name>
        <message>
            <location filename="../core/lifecycle/changereport.cpp" line="154" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 は既に存在します。上書きしません。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/changereport.cpp" line="164" />
            <source>The folder %1 does not exist and can not be created.</source>
            <translation>フォルダー %1 が存在せず、作成もできません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChangesView</name>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="110" />
            <source>No declaration open</source>
            <translation>宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="121" />
            <location filename="../forms/changes/changesview.cpp" line="159" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="121" />
            <source>Change</source>
            <translation>変更内容</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="121" />
            <source>Before</source>
            <translation>変更前</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="121" />
            <source>After</source>
            <translation>変更後</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="125" />
            <source>Not approved yet: nothing to compare with.</source>
            <translation>まだ承認されていないため、比較の基準がありません。</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="126" />
            <source>Not exported yet: nothing to compare with.</source>
            <translation>まだエクスポートされていないため、比較の基準がありません。</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="127" />
            <source>No label recorded yet: nothing to compare with.</source>
            <translation>ラベルがまだ記録されていないため、比較の基準がありません。</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="145" />
            <source>Since the approval of %1 by %2</source>
            <translation>%1 の承認（%2）以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="146" />
            <source>Since the export of %1 by %2</source>
            <translation>%1 のエクスポート（%2）以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="147" />
            <source>Since the label recorded %1 by %2</source>
            <translation>%1 のラベル記録（%2）以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="149" />
            <source>%1: no changes.</source>
            <translation>%1: 変更はありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/changes/changesview.cpp" line="150" />
            <source>%1: %n change(s) touching %2</source>
            <translation>
                <numerusform>%1: 変更 %n 件（対象: %2）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="159" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="159" />
            <source>Who</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="159" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/changes/changesview.cpp" line="170" />
            <source>%n change(s) recorded since %1</source>
            <translation>
                <numerusform>%1 以降に記録された変更 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="189" />
            <source>Since the approval</source>
            <translation>承認以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="189" />
            <source>Since the last export</source>
            <translation>前回のエクスポート以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="189" />
            <source>Since the label</source>
            <translation>ラベル記録以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="190" />
            <source>Since a date</source>
            <translation>指定日以降</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistModel</name>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="88" />
            <source>Exempt (PSTI)</source>
            <translation>免除（PSTI）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="116" />
            <source>Vendor</source>
            <translation>事業者</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="116" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="121" />
            <source>Vendor scope: answered once for the organisation and shared by all its products.</source>
            <translation>事業者単位: 組織として一度回答し、その組織のすべての製品で共有します。</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="122" />
            <source>Product scope: answered for this product.</source>
            <translation>製品単位: この製品について回答します。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="133" />
            <source>%1: %2 (%n file(s))</source>
            <translation>
                <numerusform>%1: %2（ファイル %n 件）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="147" />
            <source>%n blocking</source>
            <translation>
                <numerusform>申請を妨げる問題 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="148" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="148" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>警告 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="163" />
            <source>%n open</source>
            <translation>
                <numerusform>未解決 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="163" />
            <source>✓ %1</source>
            <translation>✓ %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="165" />
            <source>%1 open of %n review comment(s)</source>
            <translation>
                <numerusform>レビューコメント %n 件のうち未解決 %1 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="181" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="183" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="185" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="187" />
            <source>Method</source>
            <translation>評価手法</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="189" />
            <source>Scope</source>
            <translation>範囲</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="191" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="193" />
            <source>Problems</source>
            <translation>問題</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="195" />
            <source>Comments</source>
            <translation>コメント</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="201" />
            <source>D = document review, T = device test, D+T = both</source>
            <translation>D = 文書評価、T = 実機テスト、D+T = 両方</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistPage</name>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="159" />
            <source>Find item by ID or title (Ctrl+F)</source>
            <translation>IDまたは項目名で検索（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="160" />
            <source>Product details…</source>
            <translation>製品情報…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="161" />
            <source>Declaration details…</source>
            <translation>適合宣言の詳細…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="162" />
            <source>Export…</source>
            <translation>出力…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="163" />
            <source>Application package and evidence archive (Ctrl+Shift+E)</source>
            <translation>申請パッケージとエビデンスアーカイブ（Ctrl+Shift+E）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="172" />
            <source>No declaration open</source>
            <translation>適合宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="174" />
            <source>This workspace has no declaration yet: follow the steps above.</source>
            <translation>このワークスペースにはまだ適合宣言がありません。上の手順に沿って作成してください。</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="175" />
            <source>Choose a declaration in the navigator, or create one with Edit ▸ New declaration.</source>
            <translation>ナビゲーターで適合宣言を選ぶか、［編集］▸［新しい適合宣言］で作成してください。</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="182" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="183" />
            <source>%1 · route: %2</source>
            <translation>%1 · 申請ルート: %2</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="185" />
            <source> · firmware %1</source>
            <translation> · ファームウェア %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistpage.cpp" line="191" />
            <source>OK %1 / assessed %2 / %3 · %n blocking problem(s)</source>
            <translation>
                <numerusform>OK %1 / 評価済み %2 / %3 · 申請を妨げる問題 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="195" />
            <source>OK: items with a verdict and nothing blocking them. Assessed: items with a verdict. The last number is every item that counts on this route.</source>
            <translation>OK: 判定があり、申請を妨げる問題のない項目。評価済み: 判定のある項目。最後の数字: この申請ルートで対象となる全項目。</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="208" />
            <source>showing %1 of %2 (Esc clears)</source>
            <translation>%2 件中 %1 件を表示（Esc で解除）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="218" />
            <source>Exported on %1 (export %2, fingerprint %3…)</source>
            <translation>%1 に出力済み（出力ID %2、フィンガープリント %3…）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="221" />
            <source>Declaration fingerprint (SHA-256 over its content) at that export: %1</source>
            <translation>その出力時点の適合宣言のフィンガープリント（内容の SHA-256）: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CmsSigner</name>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="81" />
            <source>The key %1 is encrypted; give its passphrase (HOSHI_KEY_PASSPHRASE).</source>
            <translation>鍵 %1 は暗号化されています。パスフレーズを指定してください（HOSHI_KEY_PASSPHRASE）。</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="82" />
            <source>%1 is not a PEM private key (or the passphrase is wrong): %2</source>
            <translation>%1 はPEM形式の秘密鍵ではありません（またはパスフレーズが違います）: %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="88" />
            <source>%1 is not a PEM certificate: %2</source>
            <translation>%1 はPEM形式の証明書ではありません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="90" />
            <source>The key %1 does not belong to the certificate %2.</source>
            <translation>鍵 %1 は証明書 %2 に対応していません。</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="107" />
            <location filename="../core/export/cmssigner.cpp" line="115" />
            <source>Signing failed: %1</source>
            <translation>署名できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="33" />
            <source>Can not read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="38" />
            <source>%1 is too large to be a PEM key or certificate.</source>
            <translation>%1 はPEM形式の鍵や証明書としては大きすぎます。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CommentThread</name>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="91" />
            <source>Comments</source>
            <translation>コメント</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/commentthread.cpp" line="92" />
            <source>Comments (%n open)</source>
            <translation>
                <numerusform>コメント（未解決 %n 件）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="92" />
            <source>Comments (%1)</source>
            <translation>コメント（%1 件）</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="99" />
            <source>finding: %1</source>
            <translation>所見: %1</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="101" />
            <source>imported</source>
            <translation>取り込み</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="104" />
            <source>✓ Resolved by %1, %2</source>
            <translation>✓ 解決済み（%1、%2）</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="135" />
            <source>General remarks on the declaration</source>
            <translation>宣言全体への所見・コメント</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="136" />
            <source>Review comments on %1</source>
            <translation>%1 へのレビューコメント</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="187" />
            <source>Write a comment (it is signed with your user name)</source>
            <translation>コメントを入力（ユーザー名で記録されます）</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="188" />
            <source>Add comment</source>
            <translation>コメントを追加</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="189" />
            <source>Mark resolved</source>
            <translation>解決済みにする</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="190" />
            <source>The selected comment has been answered or dealt with</source>
            <translation>選択したコメントへの回答・対応が済んだことを記録します</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ConflictDialog</name>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="44" />
            <source>Someone else saved %1 first</source>
            <translation>%1 は先に他の人が保存しました</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="45" />
            <source>Not saved yet: %1</source>
            <translation>未保存: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="51" />
            <source>Your text was not saved and is kept here. Take theirs, take yours, or edit the result and save it.</source>
            <translation>あなたの入力は保存されず、ここに保持されています。相手の内容を採用するか、自分の内容を採用するか、結果を編集して保存してください。</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="53" />
            <source>This change was typed while the server could not be reached and is not saved. The server is back: save yours, keep what is stored, or edit the result and save it.</source>
            <translation>この変更はサーバーに接続できない間に入力されたため、保存されていません。サーバーが復帰しました。自分の内容を保存するか、保存済みの内容を残すか、結果を編集して保存してください。</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="58" />
            <source>Theirs (stored now)</source>
            <translation>相手の内容（現在保存済み）</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="58" />
            <source>Stored now</source>
            <translation>現在保存済み</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="59" />
            <source>Yours (not saved)</source>
            <translation>あなたの内容（未保存）</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="60" />
            <source>Result to save</source>
            <translation>保存する結果</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="63" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="78" />
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="80" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="83" />
            <source>Keep &amp;theirs</source>
            <translation>相手の内容を残す(&amp;T)</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="83" />
            <source>&amp;Discard mine</source>
            <translation>自分の内容を破棄(&amp;D)</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="86" />
            <source>Save &amp;mine</source>
            <translation>自分の内容を保存(&amp;M)</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="88" />
            <source>Save the &amp;result</source>
            <translation>結果を保存(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraAnnex</name>
        <message>
            <location filename="../core/cra/craannex.cpp" line="13" />
            <source>Appropriate level of cybersecurity based on the risks</source>
            <translation>リスクに応じた適切なサイバーセキュリティ水準</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="15" />
            <source>No known exploitable vulnerabilities</source>
            <translation>既知の悪用可能な脆弱性がないこと</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="16" />
            <source>Secure by default configuration</source>
            <translation>セキュアなデフォルト設定</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="17" />
            <source>Vulnerabilities addressed through security updates</source>
            <translation>セキュリティアップデートによる脆弱性への対処</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="18" />
            <source>Protection from unauthorised access</source>
            <translation>不正アクセスからの保護</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="19" />
            <source>Confidentiality of data</source>
            <translation>データの機密性</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="20" />
            <source>Integrity of data, commands, programs and configuration</source>
            <translation>データ・コマンド・プログラム・設定の完全性</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="21" />
            <source>Data minimisation</source>
            <translation>データの最小化</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="22" />
            <source>Availability of essential functions</source>
            <translation>基本機能の可用性</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="23" />
            <source>Minimised impact on other devices and networks</source>
            <translation>他の機器やネットワークへの影響の最小化</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="24" />
            <source>Limited attack surfaces</source>
            <translation>攻撃対象領域の限定</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="25" />
            <source>Reduced impact of an incident (exploitation mitigation)</source>
            <translation>インシデントの影響の軽減（悪用緩和策）</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="26" />
            <source>Recording and monitoring of relevant internal activity</source>
            <translation>関連する内部活動の記録と監視</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="27" />
            <source>Secure removal of data and settings</source>
            <translation>データと設定の安全な消去</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="34" />
            <source>Vulnerabilities and components identified and documented (SBOM)</source>
            <translation>脆弱性とコンポーネントの特定と文書化（SBOM）</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="35" />
            <source>Vulnerabilities remediated without delay</source>
            <translation>脆弱性の遅滞ない修正</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="36" />
            <source>Effective and regular security tests and reviews</source>
            <translation>効果的で定期的なセキュリティテストとレビュー</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="37" />
            <source>Fixed vulnerabilities disclosed</source>
            <translation>修正済み脆弱性の公開</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="38" />
            <source>Coordinated vulnerability disclosure policy</source>
            <translation>協調的脆弱性開示ポリシー</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="39" />
            <source>Contact address for reporting vulnerabilities</source>
            <translation>脆弱性報告の連絡先</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="40" />
            <source>Secure distribution of updates</source>
            <translation>アップデートの安全な配布</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="41" />
            <source>Security updates without delay and free of charge</source>
            <translation>遅滞なく無償のセキュリティアップデート</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraDrafts</name>
        <message>
            <location filename="../core/cra/cradrafts_pdf.cpp" line="164" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 は既に存在します。置き換えません。</translation>
        </message>
        <message>
            <location filename="../core/cra/cradrafts_pdf.cpp" line="170" />
            <source>The folder %1 does not exist and can not be created.</source>
            <translation>フォルダー %1 が存在せず、作成できません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraFields</name>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="42" />
            <source>Software bill of materials (SBOM)</source>
            <translation>ソフトウェア部品表（SBOM）</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="43" />
            <source>End of the support period</source>
            <translation>サポート期間の終了日</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="44" />
            <source>How the support period was determined</source>
            <translation>サポート期間の決定根拠</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="45" />
            <source>Coordinated vulnerability disclosure policy</source>
            <translation>協調的脆弱性開示ポリシー</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="46" />
            <source>Single point of contact for vulnerabilities</source>
            <translation>脆弱性の単一窓口</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="47" />
            <source>Reporting to the CSIRT and ENISA</source>
            <translation>CSIRT・ENISA への報告</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="48" />
            <source>Cybersecurity risk assessment</source>
            <translation>サイバーセキュリティリスクアセスメント</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="49" />
            <source>Conformity assessment procedure</source>
            <translation>適合性評価手続</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="50" />
            <source>Notified body</source>
            <translation>ノーティファイドボディ（認証機関）</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="51" />
            <source>Harmonised standards and specifications applied</source>
            <translation>適用した整合規格・仕様</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="59" />
            <source>Module A: internal control</source>
            <translation>モジュール A：内部生産管理</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="61" />
            <source>Modules B and C: EU-type examination and conformity to type</source>
            <translation>モジュール B・C：EU 型式審査と型式適合</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="63" />
            <source>Module H: full quality assurance</source>
            <translation>モジュール H：完全品質保証</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="65" />
            <source>European cybersecurity certification scheme (EUCC)</source>
            <translation>欧州サイバーセキュリティ認証スキーム（EUCC）</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="66" />
            <source>Not chosen yet</source>
            <translation>未選択</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="168" />
            <source>Where the SBOM of this firmware is kept (file, location or URL) and its format, e.g. CycloneDX.</source>
            <translation>このファームウェアの SBOM の保管場所（ファイル、場所または URL）と形式（例：CycloneDX）。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="170" />
            <source>The date until which security updates are provided (YYYY-MM-DD); at least five years unless the product is expected to be used for less.</source>
            <translation>セキュリティアップデートを提供する最終日（YYYY-MM-DD）。製品の想定使用期間がより短い場合を除き、少なくとも 5 年。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="172" />
            <source>What the support period was determined from: expected time of use, similar products, the support of third-party components.</source>
            <translation>サポート期間を決めた根拠：想定使用期間、類似製品、サードパーティ製コンポーネントのサポート状況など。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="174" />
            <source>Web address of the coordinated vulnerability disclosure policy.</source>
            <translation>協調的脆弱性開示ポリシーの Web アドレス。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="176" />
            <source>Address (e-mail or web form) where users and researchers report vulnerabilities.</source>
            <translation>利用者や研究者が脆弱性を報告する連絡先（メールまたは Web フォーム）。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="178" />
            <source>Who reports actively exploited vulnerabilities and severe incidents through the ENISA single reporting platform, and how (24 h early warning, 72 h notification, final report).</source>
            <translation>悪用が確認された脆弱性と重大インシデントを ENISA の単一報告プラットフォームで誰がどう報告するか（24 時間以内の早期警告、72 時間以内の通知、最終報告）。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="180" />
            <source>Where the cybersecurity risk assessment of the product is kept (document and version).</source>
            <translation>製品のサイバーセキュリティリスクアセスメントの保管場所（文書名と版）。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="182" />
            <source>The conformity assessment procedure of Article 32 that applies to the product's class.</source>
            <translation>製品の分類に適用される第 32 条の適合性評価手続。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="184" />
            <source>Name and identification number of the notified body, when the procedure involves one.</source>
            <translation>手続に認証機関が関わる場合、その名称と識別番号。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="186" />
            <source>One a line: harmonised standards, common specifications or certification schemes applied (ids and versions).</source>
            <translation>1 行に 1 件：適用した整合規格、共通仕様または認証スキーム（番号と版）。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraFieldsEditor</name>
        <message>
            <location filename="../forms/cra/crafieldseditor.cpp" line="84" />
            <source>&amp;Save CRA fields</source>
            <translation>CRA 項目を保存(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraReadiness</name>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="26" />
            <source>Secure-by-default configuration beyond ★1</source>
            <translation>★1 を超えるセキュアなデフォルト設定</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="27" />
            <source>★1 checks default passwords and needless interfaces; the CRA asks for a secure default configuration as a whole, including a way to reset the product to its original state. Describe it in the technical documentation.</source>
            <translation>★1 は初期パスワードや不要なインターフェースを確認します。CRA は、製品を初期状態に戻す手段を含め、デフォルト設定全体が安全であることを求めます。技術文書に記述してください。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="33" />
            <source>Support period and its justification</source>
            <translation>サポート期間とその根拠</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="34" />
            <source>★1 asks for a stated support period; the CRA asks for its end date and for what it was determined from (Article 13(8), Annex VII (4)).</source>
            <translation>★1 はサポート期間の明示を求めます。CRA はその終了日と決定根拠を求めます（第 13 条(8)、附属書 VII (4)）。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="39" />
            <source>Software bill of materials</source>
            <translation>ソフトウェア部品表</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="40" />
            <source>★1 does not ask for an SBOM; the CRA asks for one in a commonly used machine-readable format covering at least the top-level dependencies.</source>
            <translation>★1 は SBOM を求めません。CRA は少なくとも最上位の依存関係を含む、一般的な機械可読形式の SBOM を求めます。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="45" />
            <source>Coordinated vulnerability disclosure policy</source>
            <translation>協調的脆弱性開示ポリシー</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="46" />
            <source>★1 asks for a way to receive vulnerability reports; the CRA asks for a coordinated vulnerability disclosure policy that is put in place and enforced.</source>
            <translation>★1 は脆弱性報告の受付手段を求めます。CRA は協調的脆弱性開示ポリシーを定めて運用することを求めます。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="51" />
            <source>Single point of contact for vulnerabilities</source>
            <translation>脆弱性の単一窓口</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="52" />
            <source>The CRA asks for a contact address for reporting vulnerabilities, stated with the product and in the user information (Annex II).</source>
            <translation>CRA は脆弱性報告の連絡先を、製品とともに、また利用者向け情報（附属書 II）に記載することを求めます。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="57" />
            <source>Reporting to the CSIRT and ENISA</source>
            <translation>CSIRT・ENISA への報告</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="58" />
            <source>From 2026-09-11 actively exploited vulnerabilities and severe incidents are reported through ENISA's single reporting platform to the coordinating CSIRT: an early warning within 24 hours, a notification within 72 hours and a final report. ★1 has no such duty.</source>
            <translation>2026-09-11 から、悪用が確認された脆弱性と重大インシデントは ENISA の単一報告プラットフォームを通じて調整役の CSIRT に報告します：24 時間以内の早期警告、72 時間以内の通知、そして最終報告。★1 にはこの義務はありません。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="64" />
            <source>Cybersecurity risk assessment</source>
            <translation>サイバーセキュリティリスクアセスメント</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="65" />
            <source>The CRA asks for a documented cybersecurity risk assessment that says how each Annex I requirement applies; ★1 is a fixed checklist and does not replace it.</source>
            <translation>CRA は、附属書 I の各要件がどう適用されるかを示す文書化されたリスクアセスメントを求めます。★1 は固定のチェックリストであり、その代わりにはなりません。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="70" />
            <source>Conformity assessment procedure</source>
            <translation>適合性評価手続</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="71" />
            <source>The manufacturer chooses the procedure the product's class allows (module A, B+C, H or a European certification scheme), with a notified body where the procedure needs one.</source>
            <translation>製造者は製品の分類で認められる手続（モジュール A、B+C、H または欧州認証スキーム）を選び、必要な場合は認証機関を関与させます。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="166" />
            <source>The mapping of ★1 to the CRA's Annex I (%1) is not available.</source>
            <translation>★1 と CRA 附属書 I の対応表（%1）がありません。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="171" />
            <source>CRA readiness is worked out from a ★1 declaration under %1; this declaration uses %2.</source>
            <translation>CRA 対応状況は %1 の ★1 宣言から算出します。この宣言は %2 を使っています。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="264" />
            <source>Covered by ★1 evidence</source>
            <translation>★1 の証跡で充足</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="265" />
            <source>Partly covered</source>
            <translation>一部充足</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="266" />
            <source>Not covered by ★1</source>
            <translation>★1 では未充足</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="284" />
            <source>equivalent</source>
            <translation>同等</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="285" />
            <source>covers part (subset)</source>
            <translation>一部を満たす（サブセット）</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="286" />
            <source>covers more (superset)</source>
            <translation>より広く満たす（スーパーセット）</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="287" />
            <source>overlaps (intersects)</source>
            <translation>重なる（交差）</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="295" />
            <source>No ★1 item relates to this requirement.</source>
            <translation>この要件に対応する ★1 の項目はありません。</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="296" />
            <source>The mapping set does not list this point.</source>
            <translation>対応表にこの項目がありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/cra/crareadiness.cpp" line="300" />
            <source>%n related ★1 item(s), none conforming with evidence yet.</source>
            <translation>
                <numerusform>関連する ★1 の項目は %n 件ですが、証跡付きで適合しているものはまだありません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/cra/crareadiness.cpp" line="302" />
            <source>%n of %1 related ★1 item(s) conforming with evidence, one of them covering the whole requirement.</source>
            <translation>
                <numerusform>関連する ★1 の項目 %1 件のうち %n 件が証跡付きで適合し、うち 1 件が要件全体を満たします。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/cra/crareadiness.cpp" line="305" />
            <source>%n of %1 related ★1 item(s) conforming with evidence; the CRA asks more here than ★1 does.</source>
            <translation>
                <numerusform>関連する ★1 の項目 %1 件のうち %n 件が証跡付きで適合していますが、CRA はここで ★1 より多くを求めます。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/cra/crareadiness.cpp" line="307" />
            <source>%n of %1 related ★1 item(s) conforming with evidence, each covering only part of the requirement.</source>
            <translation>
                <numerusform>関連する ★1 の項目 %1 件のうち %n 件が証跡付きで適合していますが、いずれも要件の一部のみを満たします。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraReadinessPage</name>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="64" />
            <source>%1 → archive %2, SHA-256 %3…</source>
            <translation>%1 → アーカイブ内 %2、SHA-256 %3…</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="80" />
            <source>No evidence recorded for this item.</source>
            <translation>この項目には証跡が記録されていません。</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="192" />
            <source>← Declaration</source>
            <translation>← 宣言</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="193" />
            <source>Write &amp;drafts…</source>
            <translation>下書きを作成(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="194" />
            <source>The technical documentation draft (Annex VII) and the EU declaration of conformity draft (Annex V), in English, as PDF and JSON, for the manufacturer to complete and sign.</source>
            <translation>技術文書の下書き（附属書 VII）と EU 適合宣言書の下書き（附属書 V）を英語の PDF と JSON で作成します。製造者が完成させて署名します。</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="196" />
            <source>Annex I requirements</source>
            <translation>附属書 I の要件</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="197" />
            <source>What ★1 does not cover</source>
            <translation>★1 でカバーされないもの</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="198" />
            <source>What the CRA adds</source>
            <translation>CRA で追加される項目</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="199" />
            <source>Annex I</source>
            <translation>附属書 I</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="199" />
            <source>Requirement</source>
            <translation>要件</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="199" />
            <source>Coverage</source>
            <translation>充足状況</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="200" />
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="200" />
            <source>Where</source>
            <translation>該当箇所</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="200" />
            <source>What the CRA asks beyond ★1</source>
            <translation>CRA が ★1 を超えて求めるもの</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="201" />
            <source>The CRA asks for these although a ★1 declaration does not record them. Each is answered in the CRA fields or, where there is no field, in the technical documentation.</source>
            <translation>★1 の宣言には記録されませんが、CRA はこれらを求めます。それぞれ CRA 項目で、項目がないものは技術文書で回答します。</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="203" />
            <source>Changes to the CRA fields</source>
            <translation>CRA 項目の変更履歴</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="229" />
            <source>No declaration open</source>
            <translation>宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="231" />
            <source>CRA readiness of %1 (%2)</source>
            <translation>%1 の CRA 対応状況（%2）</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/cra/crareadinesspage.cpp" line="241" />
            <source>EU Cyber Resilience Act (Regulation (EU) 2024/2847), Annex I: %1 covered by ★1 evidence, %2 partly, %3 not covered. %n item(s) the CRA asks beyond ★1 still open. Hoshi prepares; the manufacturer declares.</source>
            <translation>
                <numerusform>EU サイバーレジリエンス法（規則 (EU) 2024/2847）附属書 I：★1 の証跡で充足 %1、一部充足 %2、未充足 %3。CRA が ★1 を超えて求める事項のうち未対応 %n 件。Hoshi は準備を支援し、宣言するのは製造者です。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="261" />
            <source>Part I</source>
            <translation>パート I</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="261" />
            <source>Essential cybersecurity requirements</source>
            <translation>必須サイバーセキュリティ要件</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="262" />
            <source>Part II</source>
            <translation>パート II</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="262" />
            <source>Vulnerability handling requirements</source>
            <translation>脆弱性対応要件</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="309" />
            <source>The Regulation's text (English).</source>
            <translation>規則の本文（英語）。</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="310" />
            <source>Summary (English).</source>
            <translation>要約（英語）。</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="311" />
            <source>★1 items related through the mapping</source>
            <translation>対応表で関連付けられた ★1 の項目</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="313" />
            <source>None.</source>
            <translation>なし。</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="317" />
            <source>Not covered by ★1</source>
            <translation>★1 ではカバーされない点</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="319" />
            <source>Note of the mapping (English).</source>
            <translation>対応表の注記（英語）。</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="322" />
            <location filename="../forms/cra/crareadinesspage.cpp" line="338" />
            <source>Recorded</source>
            <translation>記録済み</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="322" />
            <location filename="../forms/cra/crareadinesspage.cpp" line="338" />
            <source>Open</source>
            <translation>未対応</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="337" />
            <source>Recorded in: %1</source>
            <translation>記録先：%1</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="356" />
            <source>Nothing recorded yet.</source>
            <translation>まだ記録はありません。</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="393" />
            <source>Drafts written to %1. They are in English, marked DRAFT, for the manufacturer to complete and sign.</source>
            <translation>下書きを %1 に書き出しました。英語で DRAFT と明記されており、製造者が完成させて署名します。</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="401" />
            <source>Folder for the CRA drafts</source>
            <translation>CRA 下書きの保存先フォルダー</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraRecordCommand</name>
        <message>
            <location filename="../forms/cra/craundocommand.cpp" line="12" />
            <location filename="../forms/cra/craundocommand.cpp" line="42" />
            <source>Edit the CRA fields</source>
            <translation>CRA 項目の編集</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraRules</name>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="97" />
            <source>%1: "%2" is not a date (YYYY-MM-DD).</source>
            <translation>%1：「%2」は日付（YYYY-MM-DD）ではありません。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="236" />
            <source>%1: "%2" is not a web address (https://…).</source>
            <translation>%1：「%2」は Web アドレス（https://…）ではありません。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="239" />
            <source>%1: "%2" is not one of %3.</source>
            <translation>%1：「%2」は %3 のいずれでもありません。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="243" />
            <source>Module A (internal control) involves no notified body; remove the notified body or choose another procedure.</source>
            <translation>モジュール A（内部生産管理）には認証機関は関与しません。認証機関を削除するか、別の手続を選んでください。</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="246" />
            <source>%1 is longer than 20000 characters.</source>
            <translation>%1 が 20000 文字を超えています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaDataUpdateDialog</name>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="21" />
            <source>Update criteria data</source>
            <translation>適合基準データの更新</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="24" />
            <source>%1 → %2. The official criteria set stays the same; these texts of Hoshi's data change. Every verdict, justification, note, evidence link and point choice is kept.</source>
            <translation>%1 → %2。公式の適合基準は同じままで、Hoshiのデータの次の文言が変わります。判定、理由、メモ、証跡の紐付け、評価項目の選択はすべて維持されます。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="33" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="33" />
            <source>Field</source>
            <translation>フィールド</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="33" />
            <source>Now</source>
            <translation>現在</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="33" />
            <source>After the update</source>
            <translation>更新後</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="56" />
            <source>Apply to the declaration</source>
            <translation>宣言に適用</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaDiff</name>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="180" />
            <source>N/A when: %1</source>
            <translation>非該当とできる条件: %1</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="180" />
            <source>N/A: never</source>
            <translation>非該当: 不可</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="182" />
            <source>vendor</source>
            <translation>事業者</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="182" />
            <source>product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="190" />
            <source>one or more of:</source>
            <translation>次のいずれか1つ以上:</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="190" />
            <source>all of:</source>
            <translation>次のすべて:</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="193" />
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="201" />
            <source>(official: from your copy of IPA's checklist, %1, SHA-256 %2)</source>
            <translation>（公式: お手元のIPAチェックリスト %1、SHA-256 %2 より）</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="204" />
            <source>(Hoshi placeholder, not IPA's wording)</source>
            <translation>（Hoshiの暫定項目。IPAの文言ではありません）</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="205" />
            <source>(secondary source)</source>
            <translation>（二次資料）</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="206" />
            <source>(official source)</source>
            <translation>（公式資料）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaLibrary</name>
        <message>
            <location filename="../core/criteria/criterialibrary.cpp" line="26" />
            <source>%1 (Hoshi data revision %2)</source>
            <translation>%1（Hoshiデータ改訂%2）</translation>
        </message>
        <message>
            <location filename="../core/criteria/criterialibrary.cpp" line="63" />
            <source>Open a workspace to import criteria into it.</source>
            <translation>評価基準を取り込むには、ワークスペースを開いてください。</translation>
        </message>
        <message>
            <location filename="../core/criteria/criterialibrary.cpp" line="69" />
            <source>A different data revision %1 of the criteria set %2 is already known (%3); give this file the next data revision.</source>
            <translation>適合基準 %2 の異なるデータ改訂%1 がすでにあります（%3）。このファイルには次のデータ改訂番号を付けてください。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaLibraryPage</name>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="43" />
            <source>built-in</source>
            <translation>組み込み</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="45" />
            <source>user folder</source>
            <translation>ユーザーフォルダ</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="47" />
            <source>workspace copy</source>
            <translation>ワークスペース内の写し</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="48" />
            <source>file</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="40" />
            <source> (public comment closed %1)</source>
            <translation>（意見募集は %1 に終了）</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="42" />
            <source> (public comment from %1 to %2)</source>
            <translation>（意見募集 %1 – %2）</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="43" />
            <source> (public comment open until %1)</source>
            <translation>（意見募集中、%1 まで）</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="66" />
            <source>superseded by %1</source>
            <translation>%1 により置き換え済み</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="68" />
            <source>published</source>
            <translation>公表済み</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="69" />
            <source>draft</source>
            <translation>案</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="70" />
            <source>superseded</source>
            <translation>置き換え済み</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="69" />
            <source>added</source>
            <translation>追加</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="71" />
            <source>removed</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="73" />
            <source>reworded</source>
            <translation>文言の変更</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="77" />
            <source>changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="206" />
            <source>Criteria sets</source>
            <translation>評価基準</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Level</source>
            <translation>レベル</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Version</source>
            <translation>版</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Published</source>
            <translation>公表</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Data revision</source>
            <translation>データ改訂</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="208" />
            <source>Origin</source>
            <translation>入手元</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="208" />
            <source>Items</source>
            <translation>項目数</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="208" />
            <source>Used by</source>
            <translation>使用中の宣言</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="209" />
            <source>Import criteria file…</source>
            <translation>評価基準ファイルを取り込む…</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="210" />
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="211" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="211" />
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="211" />
            <source>Field</source>
            <translation>フィールド</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="211" />
            <source>Older version</source>
            <translation>旧版</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="211" />
            <source>Newer version</source>
            <translation>新版</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="212" />
            <source>Declarations and the criteria set they were assessed against</source>
            <translation>適合宣言と、評価に用いた評価基準</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="213" />
            <source>Declaration</source>
            <translation>適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="213" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="213" />
            <source>Criteria set</source>
            <translation>評価基準</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="214" />
            <source>Update criteria data…</source>
            <translation>適合基準データを更新…</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="215" />
            <source>Applies a newer Hoshi data revision of the same official criteria set to the selected declaration, in place: every verdict, note, justification, evidence link and point choice stays. The changed texts are shown first.</source>
            <translation>同じ公式の適合基準の新しいHoshiデータ改訂を、選んだ宣言にそのまま適用します。判定、メモ、理由、証跡の紐付け、評価項目の選択はすべて残ります。変わる文言を先に表示します。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="218" />
            <source>Carry over to this set</source>
            <translation>この基準へ引き継ぐ</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="219" />
            <source>Starts a new declaration of the same product against the chosen set, keeping the answers and evidence of every unchanged item; the old declaration stays as it was.</source>
            <translation>同じ製品について、選んだ評価基準で新しい適合宣言を始めます。変更のない項目の回答とエビデンスは引き継ぎ、元の適合宣言はそのまま残します。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="384" />
            <source>%1 → %2: %3 added, %4 removed, %5 changed, %6 reworded (changed items are the ones a carry-over sends to review; reworded ones keep their answers).</source>
            <translation>%1 → %2: 追加 %3、削除 %4、変更 %5、文言の変更 %6（変更された項目は引き継ぎで再確認の対象になり、文言だけ変わった項目は回答を保ちます）。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="472" />
            <source>Declaration %1 now uses Hoshi data revision %2; every answer was kept.</source>
            <translation>宣言 %1 はHoshiデータ改訂%2 を使うようになりました。回答はすべて維持されています。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="474" />
            <source>%1: answers on point %2 moved to %3</source>
            <translation>%1: 評価項目 %2 の回答を %3 に移しました</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="476" />
            <source>%1: point %2 no longer exists; choose or link its evidence again (%3)</source>
            <translation>%1: 評価項目 %2 はなくなりました。選択または証跡の紐付けをやり直してください（%3）</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="57" />
            <source>Source: %1</source>
            <translation>出典: %1</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="58" />
            <source>Sources (item texts are Hoshi's summaries; IPA's official Japanese documents are authoritative):</source>
            <translation>出典（項目の文言は Hoshi による要約です。正式には IPA の日本語の公式文書に従ってください）:</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="249" />
            <source>Hoshi data revision %1 is newer</source>
            <translation>より新しいHoshiデータ改訂%1 があります</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="383" />
            <source>Choose two different sets to compare.</source>
            <translation>比較する2つの異なる評価基準を選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="396" />
            <source>Import criteria file</source>
            <translation>評価基準ファイルの取り込み</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="396" />
            <source>Criteria files (*.json)</source>
            <translation>評価基準ファイル (*.json)</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="407" />
            <source>Imported %1 into the workspace.</source>
            <translation>%1 をワークスペースに取り込みました。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="411" />
            <source>%1 at %2: %3</source>
            <translation>%1 の %2: %3</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="411" />
            <source>(whole file)</source>
            <translation>（ファイル全体）</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="429" />
            <source>Declaration %1 created: every answer was carried over.</source>
            <translation>適合宣言 %1 を作成しました。すべての回答を引き継ぎました。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="430" />
            <source>Declaration %1 created. Judge these items again (new or changed):</source>
            <translation>適合宣言 %1 を作成しました。次の項目（新規または変更）を改めて判定してください:</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaText</name>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="11" />
            <source>requirement</source>
            <translation>要求事項</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="13" />
            <source>methods</source>
            <translation>評価方法</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="15" />
            <source>N/A rule</source>
            <translation>非該当の条件</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="17" />
            <source>evaluation points</source>
            <translation>評価項目</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="19" />
            <source>scope</source>
            <translation>対象範囲</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="27" />
            <source>%1 (Hoshi data revision %2)</source>
            <translation>%1（Hoshi データ改訂 %2）</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="33" />
            <source>official source</source>
            <translation>公式資料</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="35" />
            <source>secondary source</source>
            <translation>二次資料</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="36" />
            <source>source</source>
            <translation>資料</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="42" />
            <source>secondary source (not from IPA or METI; the full source is in the tooltip)</source>
            <translation>二次資料（IPA・経済産業省以外の資料。出典はツールチップに表示）</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="49" />
            <source>%1 (%2, %3)</source>
            <translation>%1（%2、%3）</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="50" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="55" />
            <source>[%1] %2: %3, %4, %5</source>
            <translation>[%1] %2: %3、%4、%5</translation>
        </message>
    </context>
    <context>
        <name>hoshi::DeclarationEditor</name>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="16" />
            <source>Every change is saved at once.</source>
            <translation>変更はすぐに保存されます。</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="17" />
            <source>Declaration</source>
            <translation>適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="19" />
            <source>&amp;Evaluation completed on:</source>
            <translation>評価完了日(&amp;E):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="20" />
            <location filename="../forms/declaration/declarationeditor.ui" line="31" />
            <location filename="../forms/declaration/declarationeditor.ui" line="34" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY/MM/DD</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="22" />
            <source>&amp;PSTI statement of compliance:</source>
            <translation>PSTI適合宣言書(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="23" />
            <source>URL or reference of the UK PSTI statement of compliance</source>
            <translation>英国PSTIの適合宣言書（Statement of Compliance）のURLまたは参照先</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="25" />
            <source>Label (once IPA has issued it)</source>
            <translation>ラベル（IPAから発行された後に記入）</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="27" />
            <source>&amp;Registration number:</source>
            <translation>登録番号(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="28" />
            <source>16 digits, e.g. 2025030500001527</source>
            <translation>16桁（例: 2025030500001527）</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="30" />
            <source>&amp;Issued on:</source>
            <translation>発行日(&amp;I):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="33" />
            <source>&amp;Valid until:</source>
            <translation>有効期限(&amp;V):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="36" />
            <source>Label &amp;status:</source>
            <translation>ラベルの状態(&amp;S):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="67" />
            <source>Label &amp;lifecycle: application, status, changes, label page…</source>
            <translation>ラベルのライフサイクル(&amp;L): 申請、状態、変更、ラベルページ…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="68" />
            <source>EU &amp;CRA readiness: Annex I coverage, what the CRA adds, drafts…</source>
            <translation>EU &amp;CRA 対応状況：附属書 I の充足、CRA の追加項目、下書き…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="86" />
            <source>No declaration open</source>
            <translation>適合宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="94" />
            <source>Declaration for %1</source>
            <translation>%1 の適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="98" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="99" />
            <source>Criteria: %1
Route: %2
Started: %3</source>
            <translation>適合基準: %1
申請ルート: %2
開始: %3</translation>
        </message>
    </context>
    <context>
        <name>hoshi::DeclarationJson</name>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="418" />
            <source>declaration.json is not valid JSON: %1</source>
            <translation>declaration.json は正しいJSONではありません: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="419" />
            <source>not an object</source>
            <translation>オブジェクトではありません</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="422" />
            <source>declaration.json is not a Hoshi declaration.</source>
            <translation>declaration.json はHoshiの適合宣言ではありません。</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="424" />
            <source>declaration.json was written by a newer Hoshi (format %1).</source>
            <translation>declaration.json は新しいバージョンのHoshiで書かれています（形式 %1）。</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="433" />
            <source>The criteria set in declaration.json can not be read: %1</source>
            <translation>declaration.json の適合基準を読み込めません: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="455" />
            <source>The official evaluation points in declaration.json can not be read: %1</source>
            <translation>declaration.json の公式評価項目を読めません: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="401" />
            <source>declaration.json assesses the item %1, which its criteria set does not have.</source>
            <translation>declaration.json は適合基準にない項目 %1 を評価しています。</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="407" />
            <source>declaration.json refers to evidence %1, which it does not contain.</source>
            <translation>declaration.json は含まれていないエビデンス %1 を参照しています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::DirectFile</name>
        <message>
            <location filename="../core/archive/directfile.cpp" line="112" />
            <source>DirectFile is for writing only.</source>
            <translation>DirectFile は書き込み専用です。</translation>
        </message>
        <message>
            <location filename="../core/archive/directfile.cpp" line="120" />
            <source>Out of memory.</source>
            <translation>メモリが不足しています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvaluationPointsPanel</name>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="29" />
            <source>official source</source>
            <translation>公式資料</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="31" />
            <source>secondary source</source>
            <translation>二次資料</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="33" />
            <source>our wording</source>
            <translation>本プロジェクトの記述</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="41" />
            <source>requirement</source>
            <translation>要求事項</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="43" />
            <source>methods</source>
            <translation>評価方法</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="45" />
            <source>N/A rule</source>
            <translation>非該当の条件</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="47" />
            <source>evaluation points</source>
            <translation>評価項目</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="113" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="167" />
            <source>Evaluation points</source>
            <translation>評価項目</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="169" />
            <source>Alternatives: tick the point(s) this product relies on; at least one of them needs evidence of its method.</source>
            <translation>選択肢: この製品が採用する評価項目にチェックを付けてください。そのうち少なくとも1つに、その評価方法のエビデンスが必要です。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="170" />
            <source>Every point needs evidence of its method. Link the item's evidence to the point it supports.</source>
            <translation>すべての評価項目に、その評価方法のエビデンスが必要です。項目のエビデンスを、裏付ける評価項目に紐付けてください。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="216" />
            <source>✓ evidenced</source>
            <translation>✓ エビデンスあり</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="216" />
            <source>no %1 yet</source>
            <translation>%1 はまだありません</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="222" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="223" />
            <source>Link the item's evidence records to this evaluation point</source>
            <translation>項目のエビデンスをこの評価項目に紐付けます</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="236" />
            <source>Add evidence to the item first</source>
            <translation>先に項目へエビデンスを追加してください</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceArchiveExporter</name>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="371" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 はすでに存在します。置き換えません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="379" />
            <source>Can not create %1: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="131" />
            <location filename="../core/export/evidencearchiveexporter.cpp" line="415" />
            <source>The export was cancelled.</source>
            <translation>出力は中止されました。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="146" />
            <source>The stored content of "%1" has %2 bytes instead of %3. The workspace is damaged; nothing was exported.</source>
            <translation>「%1」の保存内容が %3 バイトではなく %2 バイトです。ワークスペースが破損しています。何も出力していません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="214" />
            <source>The stored content of "%1" no longer matches its SHA-256 (expected %2, found %3). The workspace is damaged; nothing was exported.</source>
            <translation>「%1」の保存内容がSHA-256と一致しなくなっています（期待値 %2、実際 %3）。ワークスペースが破損しています。何も出力していません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="329" />
            <source>Can not rename %1 to %2.</source>
            <translation>%1 の名前を %2 に変更できません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="163" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceEditor</name>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="14" />
            <source>◀ Back to the item</source>
            <translation>◀ 項目に戻る</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="15" />
            <source>Back to the item page (Esc)</source>
            <translation>項目のページに戻る（Esc）</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="31" />
            <source>&amp;Kind:</source>
            <translation>種類(&amp;K):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="64" />
            <source>Document &amp;title:</source>
            <translation>文書名(&amp;T):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="70" />
            <source>e.g. User manual, security policy, web page title</source>
            <translation>例: 取扱説明書、セキュリティポリシー、Webページの題名</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="75" />
            <source>Number / &amp;version:</source>
            <translation>文書番号・版(&amp;V):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="84" />
            <source>&amp;Page(s):</source>
            <translation>ページ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="90" />
            <source>e.g. 14 or 14-16</source>
            <translation>例: 14 または 14-16</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="95" />
            <source>&amp;Chapter / section:</source>
            <translation>章・節(&amp;C):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="101" />
            <source>e.g. 3.2</source>
            <translation>例: 3.2</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="106" />
            <source>&amp;URL:</source>
            <translation>URL(&amp;U):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="122" />
            <source>E&amp;xcerpt:</source>
            <translation>抜粋(&amp;X):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="129" />
            <source>The passage that states the basis, quoted</source>
            <translation>根拠が書かれている箇所の引用</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="141" />
            <source>&amp;Procedure:</source>
            <translation>手順(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="148" />
            <source>What was done, step by step</source>
            <translation>実施した内容（手順ごと）</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="153" />
            <source>&amp;Result summary:</source>
            <translation>結果の概要(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="160" />
            <source>What the test showed</source>
            <translation>テストで確認できたこと</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="165" />
            <source>Test &amp;date:</source>
            <translation>試験日(&amp;D):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="181" />
            <source>T&amp;ester:</source>
            <translation>試験者(&amp;E):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="190" />
            <source>&amp;Firmware version tested:</source>
            <translation>試験したファームウェアのバージョン(&amp;F):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="204" />
            <source>En&amp;vironment:</source>
            <translation>試験環境(&amp;V):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="211" />
            <source>Test network, tools and their versions</source>
            <translation>試験用ネットワーク、使用したツールとそのバージョン</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="221" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="234" />
            <source>&amp;Attach files…</source>
            <translation>ファイルを添付(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="235" />
            <source>Ctrl+Shift+A; files can also be dropped here</source>
            <translation>Ctrl+Shift+A。ファイルはここにドロップしても添付できます</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="240" />
            <location filename="../forms/evidence/evidenceeditor.cpp" line="504" />
            <source>Remove file</source>
            <translation>ファイルを削除</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="253" />
            <source>Drop files anywhere on this page to attach them.</source>
            <translation>このページのどこにでもファイルをドロップすると添付できます。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="275" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="284" />
            <source>Backs these items</source>
            <translation>根拠とする項目</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="103" />
            <source>This does not look like a web address (https://…).</source>
            <translation>Webアドレス（https://…）ではないようです。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="135" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="136" />
            <source>Evidence must back at least one item. Remove it instead if it is no longer needed.</source>
            <translation>エビデンスは少なくとも1つの項目の根拠でなければなりません。不要になった場合は削除してください。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="154" />
            <source>Importing %1…</source>
            <translation>%1 を取り込み中…</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="195" />
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="196" />
            <source>Do not keep this new evidence record</source>
            <translation>この新しいエビデンスの記録を保存しない</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="241" />
            <source>No evidence selected</source>
            <translation>エビデンスが選択されていません</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="261" />
            <source>Document review for %1</source>
            <translation>%1 の文書評価</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="262" />
            <source>Device test for %1</source>
            <translation>%1 の実機テスト</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="294" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="297" />
            <source>%1
SHA-256: %2
Added %3</source>
            <translation>%1
SHA-256: %2
追加日時 %3</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="307" />
            <source>No file attached yet. Attach one with the button, or drop files here.</source>
            <translation>まだファイルが添付されていません。ボタンで添付するか、ここにファイルをドロップしてください。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="322" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="466" />
            <source>Attach evidence files</source>
            <translation>エビデンスのファイルを添付</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="476" />
            <location filename="../forms/evidence/evidenceeditor.cpp" line="488" />
            <source>Attach files</source>
            <translation>ファイルの添付</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="477" />
            <source>Another import is still running; wait for it or cancel it.</source>
            <translation>別の取り込みが実行中です。終わるまで待つか、キャンセルしてください。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="478" />
            <source>Files cannot be attached in this workspace.</source>
            <translation>このワークスペースにはファイルを添付できません。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="491" />
            <source>Import cancelled; nothing of the cancelled file was kept.</source>
            <translation>取り込みをキャンセルしました。キャンセルしたファイルは何も残っていません。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="505" />
            <source>Remove %1 from this evidence? This cannot be undone.</source>
            <translation>%1 をこのエビデンスから削除しますか？ この操作は元に戻せません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceImport</name>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="121" />
            <source>it is not a JSON object</source>
            <translation>JSON オブジェクトではありません</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="130" />
            <source>unknown key "%1"</source>
            <translation>不明なキー「%1」があります</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="135" />
            <source>"%1" must be a string</source>
            <translation>「%1」は文字列にしてください</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="142" />
            <source>"kind" must be "document" or "device-test"</source>
            <translation>「kind」は「document」または「device-test」にしてください</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="147" />
            <source>"items" must be a non-empty array of item ids</source>
            <translation>「items」は項目 ID の空でない配列にしてください</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="73" />
            <source>"%1" must be a date as YYYY-MM-DD, not "%2"</source>
            <translation>「%1」は YYYY-MM-DD 形式の日付でなければなりません（「%2」は不可）</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="91" />
            <source>"firmwareImageSha256" must be 64 hexadecimal digits, not "%1"</source>
            <translation>「firmwareImageSha256」は16進数64桁でなければなりません（「%1」は不可）</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="157" />
            <source>"files" must be an array of file paths</source>
            <translation>「files」はファイルパスの配列にしてください</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="173" />
            <source>The import file is refused: %1.</source>
            <translation>取り込みファイルを受け付けられません: %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="178" />
            <source>The import file must hold a JSON array of evidence records.</source>
            <translation>取り込みファイルには証跡レコードの JSON 配列を記述してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="188" />
            <source>Record %1: %2. Nothing was imported.</source>
            <translation>%1 件目のレコード: %2。何も取り込んでいません。</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="194" />
            <source>The import file holds no evidence records.</source>
            <translation>取り込みファイルに証跡レコードがありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="214" />
            <source>Record %1: %2 Nothing was imported.</source>
            <translation>%1 件目のレコード: %2 何も取り込んでいません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceLinkCommand</name>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="71" />
            <source>%1: link evidence</source>
            <translation>%1: エビデンスをリンク</translation>
        </message>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="71" />
            <source>%1: unlink evidence</source>
            <translation>%1: エビデンスのリンクを解除</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidencePresenceCommand</name>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="13" />
            <source>Add evidence "%1"</source>
            <translation>エビデンス「%1」を追加</translation>
        </message>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="13" />
            <source>Remove evidence "%1"</source>
            <translation>エビデンス「%1」を削除</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidencePreview</name>
        <message numerus="yes">
            <location filename="../forms/preview/evidencepreview.cpp" line="542" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="231" />
            <source>Previous page</source>
            <translation>前のページ</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="232" />
            <source>Next page</source>
            <translation>次のページ</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="233" />
            <source>Zoom in</source>
            <translation>拡大</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="234" />
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="235" />
            <source>Fit to width</source>
            <translation>幅に合わせる</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="236" />
            <source>Search in the PDF</source>
            <translation>PDF内を検索</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="237" />
            <source>Use this page</source>
            <translation>このページを使う</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="238" />
            <source>Write the page shown into the page field of the document reference</source>
            <translation>表示中のページ番号を文書の参照箇所（ページ）に記入します</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="239" />
            <location filename="../forms/preview/evidencepreview.cpp" line="448" />
            <source>This PDF is protected by a password. Enter it to view the document (the password is not stored).</source>
            <translation>このPDFはパスワードで保護されています。表示するにはパスワードを入力してください（パスワードは保存されません）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="241" />
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="247" />
            <source>Attached files</source>
            <translation>添付ファイル</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="277" />
            <source>No file to preview.</source>
            <translation>プレビューするファイルがありません。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="302" />
            <source>No file attached to this evidence yet.</source>
            <translation>このエビデンスにはまだファイルが添付されていません。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="359" />
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="363" />
            <source>This PDF is too large to preview here (%1).</source>
            <translation>このPDFは大きすぎるため、ここではプレビューできません（%1）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="366" />
            <source>Rendering %1…</source>
            <translation>%1 を描画しています…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="375" />
            <location filename="../forms/preview/evidencepreview.cpp" line="379" />
            <source>Loading %1…</source>
            <translation>%1 を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="389" />
            <source>%1 (%2) cannot be previewed here; open it with another application.</source>
            <translation>%1（%2）はここではプレビューできません。別のアプリケーションで開いてください。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="494" />
            <source>Rendering…</source>
            <translation>描画しています…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="538" />
            <source>p. %1: …%2…</source>
            <translation>%1 ページ: …%2…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="556" />
            <source>Cannot read %1 from the workspace: %2</source>
            <translation>ワークスペースから %1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="386" />
            <source>%1 (%2) cannot be previewed here. It is kept in the workspace with its SHA-256.</source>
            <translation>%1（%2）はここではプレビューできません。ファイルはSHA-256とともにワークスペースに保存されています。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="461" />
            <location filename="../forms/preview/evidencepreview.cpp" line="504" />
            <location filename="../forms/preview/evidencepreview.cpp" line="529" />
            <source>This PDF cannot be shown: %1</source>
            <translation>このPDFは表示できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="444" />
            <source>That password is not correct. Try again.</source>
            <translation>パスワードが正しくありません。もう一度入力してください。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="557" />
            <source>Cannot read %1 from %2: %3</source>
            <translation>%2 から %1 を読み込めません: %3</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="372" />
            <source>This image is too large to preview here (%1).</source>
            <translation>この画像は大きすぎるため、ここではプレビューできません（%1）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="567" />
            <source>This image cannot be shown: %1</source>
            <translation>この画像は表示できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="583" />
            <source>[… preview shows the first %1 of %2]</source>
            <translation>［… %2 のうち先頭の %1 を表示しています］</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="636" />
            <source>of %1</source>
            <translation>/ %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceRules</name>
        <message>
            <location filename="../core/gate/evidencerules.cpp" line="30" />
            <source>%1: a device test record is empty (no summary, procedure or file); fill it in or remove it.</source>
            <translation>%1: 実機テストの記録が空です（結果の要約・手順・ファイルがありません）。記入するか削除してください。</translation>
        </message>
        <message>
            <location filename="../core/gate/evidencerules.cpp" line="32" />
            <source>%1: a document review record is empty (no title, reference or file); fill it in or remove it.</source>
            <translation>%1: 文書評価の記録が空です（文書名・参照箇所・ファイルがありません）。記入するか削除してください。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceShelfLifeFields</name>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="74" />
            <source>Effective &amp;on:</source>
            <translation>有効日(&amp;O):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="75" />
            <source>When the fact was established: the document's date or the test date. Empty: the test date of a device test.</source>
            <translation>事実が確認された日：文書の日付または試験日。空欄の場合、実機テストでは試験日を使います。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="77" />
            <source>Review &amp;by:</source>
            <translation>見直し期限(&amp;B):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="78" />
            <source>When this evidence must be looked at again. Empty: the workspace's default review period for its kind.</source>
            <translation>この根拠を見直すべき期限。空欄の場合、種類ごとのワークスペース既定の見直し期間を使います。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="80" />
            <source>Captured with:</source>
            <translation>取得ツール:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="81" />
            <source>Target:</source>
            <translation>対象:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="82" />
            <source>Firmware image SHA-256:</source>
            <translation>ファームウェアイメージ SHA-256:</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="104" />
            <source>Default: %1 (%n month(s) after the effective date)</source>
            <translation>
                <numerusform>既定: %1（有効日から %n か月後）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="107" />
            <source>Default: %n month(s) after the effective date (none set yet)</source>
            <translation>
                <numerusform>既定: 有効日から %n か月後（有効日は未設定）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="109" />
            <source>No default review date for this kind of evidence</source>
            <translation>この種類の根拠には既定の見直し期限がありません</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="112" />
            <source>Test date: %1</source>
            <translation>試験日: %1</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="133" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportDialog</name>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="270" />
            <location filename="../forms/export/exportdialog.cpp" line="669" />
            <source>Cancelling… nothing will be left under the final names.</source>
            <translation>キャンセルしています…最終的なファイル名では何も残りません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="313" />
            <location filename="../forms/export/exportdialog.cpp" line="317" />
            <source>Export declaration</source>
            <translation>適合宣言の出力</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="315" />
            <source>Export %1 — %2</source>
            <translation>出力: %1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="318" />
            <source>&amp;Export</source>
            <translation>出力(&amp;E)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="319" />
            <location filename="../forms/export/exportdialog.cpp" line="354" />
            <location filename="../forms/export/exportdialog.cpp" line="404" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="319" />
            <location filename="../forms/export/exportdialog.cpp" line="404" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="322" />
            <source>Nothing has been written. Click a problem to go to it; export again once none is left.</source>
            <translation>何も出力していません。問題をクリックするとその箇所へ移動します。問題がなくなってから、もう一度出力してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="324" />
            <source>This declaration cannot be exported yet (%n blocking problem(s)).</source>
            <translation>
                <numerusform>この適合宣言はまだ出力できません（申請を妨げる問題が %n 件あります）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="326" />
            <source>Output &amp;folder:</source>
            <translation>出力先フォルダ(&amp;F):</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="328" />
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="329" />
            <source>Write:</source>
            <translation>出力するもの:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="330" />
            <source>&amp;Application package for IPA (checklist PDF, XLSX, CSV, application data, README)</source>
            <translation>IPAへの申請パッケージ(&amp;A)（チェックリストのPDF・XLSX・CSV、申請データ、README）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="331" />
            <source>Checklist in &amp;English (allowed on the UK PSTI route; Japanese otherwise)</source>
            <translation>チェックリストを英語で作成(&amp;E)（英国 PSTI ルートのみ可。通常は日本語）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="332" />
            <source>Retained e&amp;vidence archive (BagIt ZIP with every evidence file, for auditors)</source>
            <translation>保管用エビデンスアーカイブ(&amp;V)（全エビデンスファイルを含むBagIt形式のZIP、監査用）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="333" />
            <source>For an IPA evidence request: only the evidence of these &amp;items (for example S1.1-04, S1.1-13; empty: every item). A subset holds no application package.</source>
            <translation>IPA からのエビデンス提出要請向け: 次の項目のエビデンスのみ(&amp;I)（例: S1.1-04, S1.1-13。空欄: すべての項目）。部分アーカイブには申請パッケージを含めません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="335" />
            <source>every item</source>
            <translation>すべての項目</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="336" />
            <source>Signature (optional)</source>
            <translation>署名（任意）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="337" />
            <source>&amp;Sign the evidence archive</source>
            <translation>エビデンスアーカイブに署名する(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="338" />
            <source>Private key (PEM):</source>
            <translation>秘密鍵（PEM）:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="339" />
            <source>Certificate (PEM):</source>
            <translation>証明書（PEM）:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="340" />
            <location filename="../forms/export/exportdialog.cpp" line="341" />
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="342" />
            <source>Key passphrase:</source>
            <translation>鍵のパスフレーズ:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="343" />
            <source>only for an encrypted key</source>
            <translation>暗号化された鍵の場合のみ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="344" />
            <source>Create a key pair…</source>
            <translation>鍵ペアを作成…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="345" />
            <source>Makes a self-signed ECDSA P-256 key and certificate in a folder you choose, named after the organisation.</source>
            <translation>選んだフォルダに、組織名を入れた自己署名のECDSA P-256の鍵と証明書を作成します。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="347" />
            <source>The signature covers every file of the archive. Give the certificate's fingerprint to whoever will check your archives.</source>
            <translation>署名はアーカイブ内のすべてのファイルを対象とします。証明書のフィンガープリントを、アーカイブを検証する相手に渡してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="350" />
            <source>Nothing blocks submission (%n warning(s)).</source>
            <translation>
                <numerusform>申請を妨げる問題はありません（警告 %n 件）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="351" />
            <source>Nothing blocks submission.</source>
            <translation>申請を妨げる問題はありません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="355" />
            <source>Open folder</source>
            <translation>フォルダを開く</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="379" />
            <source>No declaration is open.</source>
            <translation>適合宣言が開かれていません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="414" />
            <source>Export into folder</source>
            <translation>出力先フォルダ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="422" />
            <source>Signing certificate</source>
            <translation>署名用の証明書</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="422" />
            <source>Signing key</source>
            <translation>署名用の鍵</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="423" />
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation>PEMファイル (*.pem *.crt *.key);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="430" />
            <source>Folder for the new key pair</source>
            <translation>新しい鍵ペアを保存するフォルダ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="433" />
            <source>Hoshi signing key</source>
            <translation>Hoshi 署名鍵</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="437" />
            <source>Passphrase for the new key</source>
            <translation>新しい鍵のパスフレーズ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="438" />
            <source>A passphrase protects the signing key if the file is copied. Leave both fields empty for a key without one. It is asked for again at every signed export; it can not be recovered.</source>
            <translation>パスフレーズは、鍵ファイルが複製されたときに署名鍵を守ります。パスフレーズなしの鍵にする場合は両方の欄を空にしてください。署名付きで出力するたびに入力を求められます。忘れた場合は復元できません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="452" />
            <source>Created %1 and %2 (%3). Certificate fingerprint (SHA-256): %4. Keep the key private.</source>
            <translation>%1 と %2 を作成しました（%3）。証明書のフィンガープリント（SHA-256）: %4。鍵は他人に渡さないでください。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="501" />
            <source>Key passphrase</source>
            <translation>鍵のパスフレーズ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="501" />
            <source>The signing key %1 is protected by a passphrase:</source>
            <translation>署名鍵 %1 はパスフレーズで保護されています:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="525" />
            <source>Writing the application package…</source>
            <translation>申請パッケージを書き出しています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="525" />
            <source>Preparing the export…</source>
            <translation>出力の準備をしています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="527" />
            <source>Writing the evidence archive…</source>
            <translation>エビデンスアーカイブを書き出しています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="531" />
            <source>Checking the written archive…</source>
            <translation>書き出したアーカイブを検証しています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="571" />
            <source>Export cancelled. Nothing was written.</source>
            <translation>出力をキャンセルしました。何も出力していません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="572" />
            <source>The export failed and nothing was written: %1</source>
            <translation>出力に失敗しました。何も出力していません: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="582" />
            <source>Export complete: %n item(s) written to %1.</source>
            <translation>
                <numerusform>出力が完了しました: %1 に %n 件を書き出しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="586" />
            <source>%n item(s) written to %1, but the export was not recorded in the workspace (no Export baseline, state unchanged): %2</source>
            <translation>
                <numerusform>%n 件を %1 に書き出しましたが、このエクスポートはワークスペースに記録されていません（エクスポートのベースラインなし、状態は変更なし）: %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="594" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="600" />
            <source>application package (folder)</source>
            <translation>申請パッケージ（フォルダ）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="608" />
            <source>application package (ZIP)</source>
            <translation>申請パッケージ（ZIP）</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="610" />
            <source>evidence archive, %n evidence file(s)</source>
            <translation>
                <numerusform>エビデンスアーカイブ、エビデンスファイル %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="618" />
            <source>The written archive was not checked (cancelled). Open it with File ▸ Open evidence archive to check it.</source>
            <translation>書き出したアーカイブは検証していません（キャンセル）。検証するには ファイル ▸ エビデンスアーカイブを開く で開いてください。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="623" />
            <source>Evidence archive checked after writing: %1.</source>
            <translation>書き出し後にエビデンスアーカイブを検証しました: %1。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="630" />
            <source>Certificate SHA-256: %1 — give this fingerprint to whoever will check your archives.</source>
            <translation>証明書のSHA-256: %1 — このフィンガープリントを、アーカイブを検証する相手に渡してください。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportJob</name>
        <message>
            <location filename="../core/export/exportjob.cpp" line="50" />
            <source>A subset names the full evidence archive it belongs to, and this declaration has never been exported. Export it in full first.</source>
            <translation>部分アーカイブには元になる完全なエビデンスアーカイブを記載しますが、この宣言はまだ一度もエクスポートされていません。先に全体をエクスポートしてください。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="65" />
            <source>A form profile goes with a form template (--form).</source>
            <translation>フォームプロファイルは様式ファイル（--form）と一緒に指定します。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="112" />
            <source>Nothing to export: both the package and the archive were left out.</source>
            <translation>出力するものがありません。申請パッケージとエビデンスアーカイブの両方が除外されています。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="114" />
            <source>An evidence subset is an evidence archive; it can not leave the archive out.</source>
            <translation>部分アーカイブはエビデンスアーカイブそのものです。アーカイブを省くことはできません。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="116" />
            <source>Signing needs both a key and a certificate.</source>
            <translation>署名には鍵と証明書の両方が必要です。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="119" />
            <source>The output folder %1 is not a folder.</source>
            <translation>出力先 %1 はフォルダではありません。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="144" />
            <source>The output folder %1 does not exist and can not be created.</source>
            <translation>出力先フォルダ %1 が存在せず、作成もできません。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="217" />
            <source>Unknown document language "%1"; use ja or en.</source>
            <translation>文書の言語「%1」は使えません。ja または en を指定してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/export/exportjob.cpp" line="139" />
            <source>The declaration can not be exported: %n blocking problem(s).</source>
            <translation>
                <numerusform>適合宣言を出力できません: 申請を妨げる問題が %n 件あります。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportPdf</name>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="66" />
            <source>Writing PDF files needs a QGuiApplication (hoshi-cli creates one for export).</source>
            <translation>PDFファイルの作成には QGuiApplication が必要です（hoshi-cli は出力時に作成します）。</translation>
        </message>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="100" />
            <source>The PDF "%1" could not be produced.</source>
            <translation>PDF「%1」を作成できませんでした。</translation>
        </message>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="163" />
            <source>No Japanese font (IPAPGothic, package fonts-ipafont-gothic) was found; Japanese text in the PDFs will not be searchable.</source>
            <translation>日本語フォント（IPAPGothic、パッケージ fonts-ipafont-gothic）が見つかりません。PDF内の日本語は検索できなくなります。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportRunner</name>
        <message>
            <location filename="../forms/export/exportrunner.cpp" line="60" />
            <source>The export ended without a result.</source>
            <translation>出力が結果を返さずに終了しました。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExtractedCopies</name>
        <message>
            <location filename="../core/archive/extractedcopies.cpp" line="24" />
            <source>No temporary folder: %1</source>
            <translation>一時フォルダを作成できません: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FieldMarker</name>
        <message>
            <location filename="../forms/common/fieldmarker.h" line="39" />
            <source>Use the form YYYY-MM-DD, for example 2027-03-31.</source>
            <translation>YYYY/MM/DD の形式で入力してください（例: 2027/03/31）。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Finding</name>
        <message>
            <location filename="../core/findings/findings.cpp" line="41" />
            <source>Accepted</source>
            <translation>了承</translation>
        </message>
        <message>
            <location filename="../core/findings/findings.cpp" line="43" />
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <location filename="../core/findings/findings.cpp" line="45" />
            <source>More evidence needed</source>
            <translation>追加エビデンス要</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsArchive</name>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="32" />
            <source>Findings can only be recorded on an intact archive.</source>
            <translation>所見は、改ざんや欠落のない（完全性が確認された）アーカイブにのみ記録できます。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="36" />
            <source>The archive holds no readable declaration: %1</source>
            <translation>アーカイブに読み取れる宣言がありません: %1</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="43" />
            <source>The archive has no export id (Hoshi-Export-Id in bag-info.txt), so findings on it could not be matched to the declaration that produced it.</source>
            <translation>アーカイブにエクスポート ID（bag-info.txt の Hoshi-Export-Id）がないため、所見を作成元の宣言に結び付けられません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="62" />
            <source>The findings are about the export %1, this archive is the export %2.</source>
            <translation>この所見はエクスポート %1 に対するものですが、このアーカイブはエクスポート %2 です。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="67" />
            <source>The findings are about an archive with another payload (manifest SHA-256 %1, this archive %2).</source>
            <translation>この所見は内容の異なるアーカイブに対するものです（マニフェストの SHA-256: 所見 %1、このアーカイブ %2）。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsFile</name>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="54" />
            <source>%1: unknown field "%2".</source>
            <translation>%1: 不明な項目「%2」があります。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="68" />
            <source>%1: "%2" must be a text.</source>
            <translation>%1:「%2」は文字列でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="71" />
            <source>%1: "%2" is empty.</source>
            <translation>%1:「%2」が空です。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="73" />
            <source>%1: "%2" is longer than %3 characters.</source>
            <translation>%1:「%2」が %3 文字を超えています。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="75" />
            <source>%1: "%2" holds control characters.</source>
            <translation>%1:「%2」に制御文字が含まれています。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="86" />
            <source>%1: "%2" is not a UTC time (YYYY-MM-DDThh:mm:ssZ).</source>
            <translation>%1:「%2」が UTC の日時（YYYY-MM-DDThh:mm:ssZ）ではありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="94" />
            <source>%1: "%2" is missing or not an object.</source>
            <translation>%1:「%2」がないか、オブジェクトではありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="103" />
            <source>%1: "%2" is missing or not a list.</source>
            <translation>%1:「%2」がないか、配列ではありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="113" />
            <source>%1: "%2" must be a positive whole number.</source>
            <translation>%1:「%2」は正の整数でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="141" />
            <source>archive: "payloadManifestSha256" must be 64 lower-case hexadecimal digits.</source>
            <translation>archive:「payloadManifestSha256」は小文字の 16 進数 64 桁でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="162" />
            <source>declaration: "modelNumbers" must be a list of texts.</source>
            <translation>declaration:「modelNumbers」は文字列の配列でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="171" />
            <source>The file holds %1 findings; at most %2 are accepted.</source>
            <translation>ファイルに所見が %1 件あります。受け付けるのは最大 %2 件です。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="180" />
            <source>%1: must be an object.</source>
            <translation>%1: オブジェクトでなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="193" />
            <source>%1: unknown status "%2" (accepted, question or more-evidence).</source>
            <translation>%1: 不明な状態「%2」です（accepted、question、more-evidence のいずれか）。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="197" />
            <source>%1: a question or a request for more evidence needs a text.</source>
            <translation>%1: 質問・追加エビデンス要には本文が必要です。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="199" />
            <source>%1: item %2 has a finding already.</source>
            <translation>%1: 項目 %2 の所見がすでにあります。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="214" />
            <source>This is not a Hoshi findings file ("format" is not "%1").</source>
            <translation>Hoshi の所見ファイルではありません（「format」が「%1」ではありません）。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="219" />
            <source>The findings file has format version %1; this Hoshi reads version %2. Update Hoshi to import it.</source>
            <translation>所見ファイルの形式バージョンは %1 ですが、この Hoshi が読めるのはバージョン %2 までです。取り込むには Hoshi を更新してください。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="236" />
            <source>findings file: "signature" must be "none" or "detached-cms".</source>
            <translation>所見ファイル:「signature」は「none」か「detached-cms」でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="239" />
            <source>The findings file holds no findings and no remarks.</source>
            <translation>所見ファイルに所見も全体コメントもありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="279" />
            <source>The findings file is not a JSON object.</source>
            <translation>所見ファイルが JSON オブジェクトではありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="279" />
            <source>The findings file is refused: %1.</source>
            <translation>所見ファイルを受け付けられません: %1。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="315" />
            <source>Cannot remove the old signature %1.</source>
            <translation>古い署名 %1 を削除できません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="325" />
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="329" />
            <source>%1 is larger than a findings file can be (%2 MiB).</source>
            <translation>%1 は所見ファイルとして大きすぎます（上限 %2 MiB）。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="336" />
            <source>%1 is not a valid findings file: %2</source>
            <translation>%1 は正しい所見ファイルではありません: %2</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="343" />
            <source>%1 says it is signed, but its signature %2 is missing. The file is not imported.</source>
            <translation>%1 は署名付きとされていますが、署名 %2 がありません。このファイルは取り込みません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="351" />
            <source>Cannot read the signature %1.</source>
            <translation>署名 %1 を読み取れません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="356" />
            <source>The signature of %1 does not verify: the file was changed after it was signed, or the signature belongs to another file (%2).</source>
            <translation>%1 の署名を検証できません。署名後にファイルが変更されたか、署名が別のファイルのものです（%2）。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsImportAction</name>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="13" />
            <location filename="../forms/review/findingsimportaction.cpp" line="21" />
            <location filename="../forms/review/findingsimportaction.cpp" line="27" />
            <location filename="../forms/review/findingsimportaction.cpp" line="44" />
            <source>Import findings</source>
            <translation>所見の取り込み</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="14" />
            <source>Findings files (*-findings.json);;JSON files (*.json)</source>
            <translation>所見ファイル (*-findings.json);;JSON ファイル (*.json)</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="21" />
            <source>Open the workspace for editing to import findings.</source>
            <translation>所見を取り込むには、ワークスペースを編集可能で開いてください。</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="27" />
            <source>Nothing was changed.</source>
            <translation>ワークスペースは何も変更されていません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/findingsimportaction.cpp" line="30" />
            <source>%n finding(s) by %1 arrived as comments: %2 accepted, %3 questions, %4 more evidence needed.</source>
            <translation>
                <numerusform>%1 さんの所見 %n 件をコメントとして取り込みました（了承 %2 件、質問 %3 件、追加エビデンス要 %4 件）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="37" />
            <source>The general remarks are a comment on the declaration.</source>
            <translation>全体コメントは宣言へのコメントとして取り込みました。</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="40" />
            <source>Signed by %1. Certificate fingerprint (SHA-256): %2 — compare it with the one the reviewer gave you.</source>
            <translation>署名者: %1。証明書のフィンガープリント（SHA-256）: %2 — レビュー担当者から受け取った値と照合してください。</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="43" />
            <source>The findings are not signed.</source>
            <translation>この所見には署名がありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsImporter</name>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="40" />
            <source>declaration %1 (%2, %3)</source>
            <translation>宣言 %1（%2、%3）</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="52" />
            <source>The findings are for another declaration: the archive %1 was exported from declaration %2 of this workspace, but the findings name %3.</source>
            <translation>別の宣言に対する所見です。アーカイブ %1 はこのワークスペースの宣言 %2 からエクスポートされましたが、所見には %3 と記載されています。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="63" />
            <source>The findings are for another archive, one this workspace did not export (export %1 of %2): no declaration here matches it.</source>
            <translation>別のアーカイブに対する所見です。このワークスペースからエクスポートしたものではありません（%2 のエクスポート %1）。一致する宣言がありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="69" />
            <source>The findings are for another archive: declaration %1 was never exported with the export id %2.</source>
            <translation>別のアーカイブに対する所見です。宣言 %1 がエクスポート ID %2 でエクスポートされた記録はありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="83" />
            <source>The criteria set of declaration %1 is not available.</source>
            <translation>宣言 %1 の基準セットを利用できません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="88" />
            <source>The findings name item %1, which %2 does not have.</source>
            <translation>所見に記載された項目 %1 は %2 にありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="101" />
            <source>These findings (%1, %2) were imported before.</source>
            <translation>この所見（%1、%2）は取り込み済みです。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="148" />
            <source>The findings are for another declaration: they belong to declaration %1 (%2), not to declaration %3.</source>
            <translation>別の宣言に対する所見です。この所見は宣言 %3 ではなく宣言 %1（%2）のものです。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="193" />
            <source>%1 is not imported: %2</source>
            <translation>%1 は取り込みませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsPanel</name>
        <message numerus="yes">
            <location filename="../forms/auditor/findingspanel.cpp" line="159" />
            <source>%n file(s) in it do not match its manifest, so a finding could not say which version of the evidence it is about.</source>
            <translation>
                <numerusform>このアーカイブの %n 件のファイルがマニフェストと一致しないため、所見がどの版の証跡についてのものか特定できません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="162" />
            <source>Its manifests do not match its files, so a finding could not say which version of the evidence it is about.</source>
            <translation>マニフェストとファイルが一致しないため、所見がどの版の証跡についてのものか特定できません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="164" />
            <source>Ask the vendor for the archive as it was exported.</source>
            <translation>エクスポートされたままのアーカイブをベンダーに依頼してください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="167" />
            <source>Findings are turned off: %1</source>
            <translation>所見は記録できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="183" />
            <source>Findings will be saved as %1.</source>
            <translation>所見は %1 に保存されます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="186" />
            <source>The findings file beside the archive is not used: %1 Saving replaces it.</source>
            <translation>アーカイブの横にある所見ファイルは使用しません: %1 保存すると置き換えます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="199" />
            <source>Loaded the signed findings saved %1 (signer %2).</source>
            <translation>%1 に保存された署名付きの所見を読み込みました（署名者 %2）。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="202" />
            <source>Loaded the findings saved %1.</source>
            <translation>%1 に保存された所見を読み込みました。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="228" />
            <source>Finding:</source>
            <translation>所見:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="228" />
            <source>Finding on %1:</source>
            <translation>%1 の所見:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="240" />
            <location filename="../forms/auditor/findingspanel.cpp" line="253" />
            <source>Choose a finding first.</source>
            <translation>先に所見の種類を選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="241" />
            <location filename="../forms/auditor/findingspanel.cpp" line="253" />
            <source>What the vendor should know or answer</source>
            <translation>製造者に伝えること・回答を求めること</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/findingspanel.cpp" line="267" />
            <source>%n finding(s)</source>
            <translation>
                <numerusform>所見 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="269" />
            <source>: %1 accepted, %2 questions, %3 more evidence</source>
            <translation>（了承 %1、質問 %2、追加エビデンス要 %3）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="271" />
            <source> · not saved</source>
            <translation> · 未保存</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="277" />
            <source>Signing certificate</source>
            <translation>署名用の証明書</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="277" />
            <source>Signing key</source>
            <translation>署名鍵</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="278" />
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation>PEM ファイル (*.pem *.crt *.key);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="291" />
            <source>Enter your name as the reviewer before saving.</source>
            <translation>保存する前に、レビュー担当者として氏名を入力してください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="297" />
            <source>The finding on %1 needs a text: say what is asked.</source>
            <translation>%1 の所見には本文が必要です。何を求めるかを記入してください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="302" />
            <source>Record a finding on at least one item (or a general remark) before saving.</source>
            <translation>保存する前に、少なくとも 1 項目の所見（または全体コメント）を記録してください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="309" />
            <source>Choose the signing key and certificate, or save without a signature.</source>
            <translation>署名鍵と証明書を選ぶか、署名なしで保存してください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="331" />
            <source>Saved and signed: %1 (with %2)</source>
            <translation>署名して保存しました: %1（署名 %2）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="334" />
            <source>Saved: %1</source>
            <translation>保存しました: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="352" />
            <source>No finding</source>
            <translation>所見なし</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="357" />
            <source>Reviewer:</source>
            <translation>レビュー担当者:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="358" />
            <source>your name and organisation</source>
            <translation>氏名と所属</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="359" />
            <source>General remarks:</source>
            <translation>全体コメント:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="360" />
            <source>optional, about the declaration as a whole</source>
            <translation>任意。宣言全体について</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="361" />
            <source>Sign the findings</source>
            <translation>所見に署名する</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="362" />
            <source>Key…</source>
            <translation>鍵…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="364" />
            <source>Certificate…</source>
            <translation>証明書…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="367" />
            <source>passphrase (encrypted key only)</source>
            <translation>パスフレーズ（暗号化された鍵のみ）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="368" />
            <source>Save findings</source>
            <translation>所見を保存</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="369" />
            <source>Saves the findings beside the archive as &lt;archive&gt;-findings.json for the vendor to import (File ▸ Import findings…).</source>
            <translation>所見をアーカイブの横に &lt;archive&gt;-findings.json として保存します。製造者は［ファイル ▸ 所見の取り込み…］で取り込めます。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FirmwareStaleness</name>
        <message>
            <location filename="../core/gate/firmwarestaleness.cpp" line="115" />
            <location filename="../core/gate/firmwarestaleness.cpp" line="125" />
            <source>image %1</source>
            <translation>イメージ %1</translation>
        </message>
        <message>
            <location filename="../core/gate/firmwarestaleness.cpp" line="116" />
            <location filename="../core/gate/firmwarestaleness.cpp" line="126" />
            <source>%1 (image %2)</source>
            <translation>%1（イメージ %2）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FormExport</name>
        <message>
            <location filename="../core/export/formexport.cpp" line="46" />
            <source>The official form %1 can not be filled: %2</source>
            <translation>公式様式 %1 に記入できません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/formexport.cpp" line="74" />
            <source>LibreOffice is not installed, so no PDF of the filled form was made; open %1 and print it to PDF if IPA asks for one.</source>
            <translation>LibreOffice がインストールされていないため、記入済み様式の PDF は作成していません。IPA から求められた場合は %1 を開いて PDF に印刷してください。</translation>
        </message>
        <message>
            <location filename="../core/export/formexport.cpp" line="83" />
            <source>No PDF of the filled form was made: a temporary file could not be written.</source>
            <translation>記入済み様式の PDF は作成していません: 一時ファイルを書き込めませんでした。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/export/formexport.cpp" line="100" />
            <source>LibreOffice did not convert the filled form to PDF within %n second(s); no PDF was made.</source>
            <translation>
                <numerusform>LibreOffice が %n 秒以内に記入済み様式を PDF に変換しなかったため、PDF は作成していません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/export/formexport.cpp" line="108" />
            <source>LibreOffice could not convert the filled form to PDF (exit code %1): %2</source>
            <translation>LibreOffice が記入済み様式を PDF に変換できませんでした（終了コード %1）: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FormMappingDialog</name>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="55" />
            <source>IPA checklist workbook</source>
            <translation>IPA チェックリスト</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="72" />
            <source>Attach workbook…</source>
            <translation>ブックを添付…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="74" />
            <source>Attach with a shared profile…</source>
            <translation>共有プロファイルで添付…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="76" />
            <source>Export profile…</source>
            <translation>プロファイルを書き出す…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="78" />
            <source>Remove form…</source>
            <translation>様式を削除…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="109" />
            <source>Legend</source>
            <translation>凡例</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="125" />
            <source>Verdict words of the form</source>
            <translation>様式の判定の語</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="130" />
            <source>Not found or not mapped</source>
            <translation>見つからない・未対応付け</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="142" />
            <source>Assign a role to the selected cell</source>
            <translation>選択したセルに役割を割り当てる</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="148" />
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="384" />
            <source>None (not an answer cell)</source>
            <translation>なし（回答欄ではない）</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="151" />
            <source>Role:</source>
            <translation>役割:</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="152" />
            <source>Item or field:</source>
            <translation>項目または記入欄:</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="154" />
            <source>Cell</source>
            <translation>セル</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="154" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="155" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="165" />
            <source>Assign to:</source>
            <translation>割り当て先:</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="225" />
            <source>No IPA checklist workbook is attached to this declaration. Attach your copy of the workbook from IPA's JC-STAR application page: Hoshi finds where the answers go, and the export fills in only those cells.</source>
            <translation>この宣言には IPA チェックリストが添付されていません。IPA の JC-STAR 申請ページから入手したブックを添付してください。Hoshi が回答欄を見つけ、エクスポート時にその欄だけに記入します。</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="231" />
            <source>Mapping complete: the export fills this workbook.</source>
            <translation>対応付け完了: エクスポート時にこのブックに記入します。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="232" />
            <source>%n part(s) not found or not mapped: the export is blocked until they are resolved.</source>
            <translation>
                <numerusform>見つからない・未対応付けの部分が %n 件あります。解決するまでエクスポートできません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="234" />
            <source>&lt;b&gt;%1&lt;/b&gt; (SHA-256 %2)&lt;br&gt;%3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;（SHA-256 %2）&lt;br&gt;%3</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="300" />
            <source>%1 — the form has this item; the declaration's criteria set does not</source>
            <translation>%1 — 様式にはこの項目がありますが、宣言の評価基準にはありません</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="302" />
            <source>Every item, field and verdict word was found.</source>
            <translation>すべての項目、記入欄、判定の語が見つかりました。</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="324" />
            <source>(not mapped)</source>
            <translation>（未対応付け）</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="349" />
            <source>Select a cell of the sheet first.</source>
            <translation>先にシートのセルを選択してください。</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="368" />
            <source>Column %1 of every item is…</source>
            <translation>全項目の %1 列は…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="373" />
            <source>Row %1 is…</source>
            <translation>%1 行目は…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="374" />
            <source>Cell %1%2 is…</source>
            <translation>セル %1%2 は…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="376" />
            <source>The first row of item %1</source>
            <translation>項目 %1 の先頭行</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="442" />
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="454" />
            <source>Attach IPA checklist workbook</source>
            <translation>IPA チェックリストを添付</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="443" />
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="455" />
            <source>Excel workbooks (*.xlsx *.xlsm)</source>
            <translation>Excel ブック (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="458" />
            <source>Form profile shared for this workbook</source>
            <translation>このブック用に共有されたフォームプロファイル</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="459" />
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="486" />
            <source>Form profiles (*.json)</source>
            <translation>フォームプロファイル (*.json)</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="472" />
            <source>The profile was made for another copy of the workbook; every cell was checked against yours.</source>
            <translation>このプロファイルは別のブック用に作成されたものです。すべてのセルをお手元のブックで確認しました。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="474" />
            <source>The evaluation points of %n item(s) are now the official ones from your workbook.</source>
            <translation>
                <numerusform>%n 項目の評価項目を、お手元のブックの公式のものにしました。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="477" />
            <source>Moved: %1</source>
            <translation>移動: %1</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="479" />
            <source>Not moved (choose again): %1</source>
            <translation>移動できず（選び直してください）: %1</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="486" />
            <source>Export form profile</source>
            <translation>フォームプロファイルを書き出す</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="489" />
            <source>The profile was written to %1.</source>
            <translation>プロファイルを %1 に書き出しました。</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="495" />
            <source>Remove the workbook %1 and its mapping from this declaration? The official evaluation points it set are removed too.</source>
            <translation>この宣言からブック %1 とその対応付けを削除しますか？ このブックで設定した公式の評価項目も削除されます。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FormRules</name>
        <message>
            <location filename="../core/gate/formrules.cpp" line="35" />
            <source>The official form %1 has no answer cells for item %2 of the criteria set: map them in the form dialog, or attach the form of this criteria version.</source>
            <translation>公式様式 %1 には評価基準の項目 %2 の回答欄がありません。様式ダイアログで対応付けるか、この評価基準の版の様式を添付してください。</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="41" />
            <source>The official form %1: a verdict has no word in the form's list (%2). Map it in the form dialog.</source>
            <translation>公式様式 %1: 判定の一つに様式のリスト上の語がありません（%2）。様式ダイアログで対応付けてください。</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="44" />
            <source> (cell %1)</source>
            <translation>（セル %1）</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="46" />
            <source>The official form %1%2: %3</source>
            <translation>公式様式 %1%2: %3</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="59" />
            <source>The stored official form %1 is damaged: %2</source>
            <translation>保存されている公式様式 %1 が壊れています: %2</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="67" />
            <source>The official form can not be used: %1</source>
            <translation>公式様式を使用できません: %1</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="83" />
            <source>The official form %1 has item %2, which the declaration's criteria set does not have: the form is of another criteria version, or the mapping is wrong.</source>
            <translation>公式様式 %1 には、宣言の評価基準にない項目 %2 があります。様式が別の版の評価基準のものか、対応付けが誤っています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::HelpDialog</name>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="36" />
            <source>&lt;b&gt;Open a workspace.&lt;/b&gt; File ▸ New workspace creates one file (&lt;i&gt;.hoshi&lt;/i&gt;) that holds everything: organisations, products, declarations, evidence files and their history. Every change is saved at once; there is no Save command. To look around first, open the demo (File ▸ Open demo).</source>
            <translation>&lt;b&gt;ワークスペースを開く。&lt;/b&gt; ファイル ▸ 新規ワークスペース で、組織・製品・適合宣言・証跡ファイルとその履歴をすべて収める 1 つのファイル（&lt;i&gt;.hoshi&lt;/i&gt;）を作成します。変更はその場で保存され、保存コマンドはありません。まず試すには デモ を開いてください（ファイル ▸ デモを開く）。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="39" />
            <source>&lt;b&gt;Describe who declares what.&lt;/b&gt; The guided start above the page asks for the organisation, the product and then a declaration against a criteria set (★1: JST-CR-01-01-2024R1).</source>
            <translation>&lt;b&gt;誰が何を宣言するかを入力する。&lt;/b&gt; ページ上部のガイドに従い、組織、製品、そして適合基準（★1: JST-CR-01-01-2024R1）に対する適合宣言を作成します。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="41" />
            <source>&lt;b&gt;Work through the checklist.&lt;/b&gt; Each row is one criterion. Open it (Enter or double-click), choose a verdict, and attach evidence: a document review (which manual, which pages) or a device test (what was done, on which firmware, with what result). Items that do not apply need a justification.</source>
            <translation>&lt;b&gt;チェックリストを進める。&lt;/b&gt; 各行が 1 つの適合基準です。開いて（Enter またはダブルクリック）判定を選び、証跡を添付します。文書確認（どの文書のどのページか）または機器テスト（何を、どのファームウェアで、どんな結果で行ったか）です。該当しない項目には理由が必要です。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="45" />
            <source>&lt;b&gt;Keep an eye on the problems panel.&lt;/b&gt; At the bottom it lists everything that still blocks submission. Click a problem to go to the field that needs attention; F8 jumps to the next one.</source>
            <translation>&lt;b&gt;問題パネルを確認する。&lt;/b&gt; 画面下部に、申請を妨げている問題がすべて表示されます。問題をクリックすると該当する入力欄に移動します。F8 で次の問題へ進みます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="47" />
            <source>&lt;b&gt;Review and sign off.&lt;/b&gt; The review panel (View menu) lets a colleague approve the declaration or request changes, with remarks per item.</source>
            <translation>&lt;b&gt;レビューと承認。&lt;/b&gt; レビューパネル（表示メニュー）で、同僚が適合宣言を承認したり、項目ごとのコメント付きで修正を依頼したりできます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="49" />
            <source>&lt;b&gt;Export.&lt;/b&gt; When nothing blocks submission, File ▸ Export writes the application package for IPA and the evidence archive you must retain. An auditor opens that archive with File ▸ Open evidence archive and can record findings.</source>
            <translation>&lt;b&gt;エクスポート。&lt;/b&gt; 申請を妨げる問題がなくなったら、ファイル ▸ エクスポート で IPA への申請一式と、保管が必要な証跡アーカイブを書き出します。監査者はそのアーカイブを ファイル ▸ 証跡アーカイブを開く で開き、所見を記録できます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="53" />
            <source>Getting started with Hoshi</source>
            <translation>Hoshi をはじめる</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="57" />
            <source>Help ▸ Keyboard shortcuts (F1) lists every key. The criteria texts in Hoshi are summaries; IPA's official Japanese documents are authoritative.</source>
            <translation>ヘルプ ▸ キーボードショートカット（F1）ですべてのキー操作を確認できます。Hoshi の適合基準の文言は要約であり、IPA の公式日本語文書が正です。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::HistoryLines</name>
        <message numerus="yes">
            <location filename="../forms/common/historylines.cpp" line="18" />
            <source>%1 (%n edit(s))</source>
            <translation>
                <numerusform>%1（%n 回の編集）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::ItemPage</name>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="357" />
            <source>◀ Checklist</source>
            <translation>◀ チェックリスト</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="358" />
            <source>Back to the checklist (Esc)</source>
            <translation>チェックリストに戻る（Esc）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="359" />
            <source>Previous item (Ctrl+PgUp)</source>
            <translation>前の項目（Ctrl+PgUp）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="360" />
            <source>Next item (Ctrl+PgDown)</source>
            <translation>次の項目（Ctrl+PgDown）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="361" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="362" />
            <source>&amp;Conforming</source>
            <translation>適合(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="363" />
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="364" />
            <source>Not &amp;applicable</source>
            <translation>対象外(&amp;A)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="365" />
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="366" />
            <source>&amp;Non-conforming</source>
            <translation>不適合(&amp;N)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="367" />
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="368" />
            <source>Not assessed</source>
            <translation>未評価</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="369" />
            <source>Ctrl+4</source>
            <translation>Ctrl+4</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="370" />
            <source>Justification for not applicable</source>
            <translation>対象外とする理由</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="371" />
            <source>Why the N/A condition holds for this product (required for N/A)</source>
            <translation>この製品が対象外の条件に当てはまる理由（対象外とする場合は必須）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="372" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="375" />
            <source>Notes (printed in the checklist; changing them makes an approval stale)</source>
            <translation>備考（チェックリストに印字されます。変更すると承認は古くなります）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="376" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="377" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="377" />
            <source>Reference</source>
            <translation>参照先</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="377" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="378" />
            <source>Add document review</source>
            <translation>文書評価を追加</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="379" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="380" />
            <source>Add device test</source>
            <translation>実機テストを追加</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="381" />
            <source>Ctrl+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="382" />
            <source>Link existing ▾</source>
            <translation>既存のものを紐付け ▾</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="383" />
            <source>Let evidence recorded for another item back this one too</source>
            <translation>ほかの項目に記録したエビデンスを、この項目の根拠にも使います</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="384" />
            <location filename="../forms/itempage/itempage.cpp" line="624" />
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="385" />
            <source>Unlink</source>
            <translation>紐付けを解除</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="386" />
            <source>This evidence no longer backs this item (it stays for the others)</source>
            <translation>このエビデンスをこの項目の根拠から外します（ほかの項目には残ります）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="387" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="388" />
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="389" />
            <source>History</source>
            <translation>変更履歴</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="390" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="390" />
            <source>Who</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="390" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="445" />
            <source>No item selected</source>
            <translation>項目が選択されていません</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="468" />
            <source>vendor scope — answered once for %1, shared by all its products</source>
            <translation>事業者単位 — %1 として一度回答し、すべての製品で共有</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="470" />
            <source>product scope</source>
            <translation>製品単位</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="471" />
            <source>%1 · %2 · method %3 · item %4 of %5</source>
            <translation>%1 · %2 · 評価手法 %3 · %5 項目中 %4 番目</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="477" />
            <source>&lt;b&gt;N/A only when:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;対象外にできる条件:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="478" />
            <source>&lt;b&gt;N/A:&lt;/b&gt; never allowed for this item.</source>
            <translation>&lt;b&gt;対象外:&lt;/b&gt; この項目は対象外にできません。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="480" />
            <source>What to record: %1</source>
            <translation>記録する内容: %1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="483" />
            <source>Exempt on the UK PSTI route: PSTI compliance is deemed to meet this item; attach the PSTI statement of compliance to the declaration.</source>
            <translation>英国PSTIルートでは免除: PSTIへの適合をもってこの項目を満たすものとみなされます。PSTIの適合宣言書を適合宣言に添付してください。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="498" />
            <source>Not applicable is not an option for this item.</source>
            <translation>この項目は対象外を選べません。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="546" />
            <source>(not filled in yet)</source>
            <translation>（未記入）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="607" />
            <source>Select evidence to preview its files.</source>
            <translation>エビデンスを選ぶと、そのファイルをプレビューできます。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="624" />
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="689" />
            <source>%1: %2 (%3)</source>
            <translation>%1: %2（%3）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="698" />
            <source>No other evidence in this declaration</source>
            <translation>この適合宣言にはほかのエビデンスがありません</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/itempage.cpp" line="721" />
            <source>Remove this evidence and its %n file(s)? It also backs %1. This cannot be undone.</source>
            <translation>
                <numerusform>このエビデンスとファイル %n 件を削除しますか？ このエビデンスは %1 の根拠にもなっています。この操作は元に戻せません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/itempage.cpp" line="724" />
            <source>Remove this evidence and its %n file(s)? This cannot be undone.</source>
            <translation>
                <numerusform>このエビデンスとファイル %n 件を削除しますか？ この操作は元に戻せません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="726" />
            <source>Remove evidence</source>
            <translation>エビデンスの削除</translation>
        </message>
    </context>
    <context>
        <name>hoshi::KeyGenerator</name>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="74" />
            <source>The certificate needs a name.</source>
            <translation>証明書には名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="76" />
            <source>Can not create the folder %1.</source>
            <translation>フォルダ %1 を作成できません。</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="81" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 はすでに存在します。置き換えません。</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="88" />
            <source>Key generation failed: %1</source>
            <translation>鍵を生成できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="94" />
            <source>No random numbers: %1</source>
            <translation>乱数を取得できません: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="114" />
            <source>The certificate could not be made: %1</source>
            <translation>証明書を作成できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="123" />
            <source>The key could not be encoded: %1</source>
            <translation>鍵を書き出せませんでした: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="47" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="42" />
            <source>Can not create %1: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelLifecyclePage</name>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="145" />
            <source>← Declaration</source>
            <translation>← 宣言</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="146" />
            <source>Label record</source>
            <translation>ラベル情報</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="147" />
            <source>Changes since the label</source>
            <translation>ラベル取得以降の変更</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="148" />
            <source>Reminders</source>
            <translation>リマインダー</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="149" />
            <source>Label page preview</source>
            <translation>ラベルページのプレビュー</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="150" />
            <source>Other markets</source>
            <translation>他の市場</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="151" />
            <source>Status history</source>
            <translation>状態の履歴</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="152" />
            <source>Re-test plan after a firmware change</source>
            <translation>ファームウェア変更後の再テスト計画</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/label/labellifecyclepage.cpp" line="153" />
            <source>Every declaration of this workspace: labels expiring within %n day(s), support periods ending, device tests run on older firmware.</source>
            <translation>
                <numerusform>このワークスペースのすべての宣言: %n 日以内に有効期限を迎えるラベル、終了が近いサポート期間、古いファームウェアで実施した実機テスト。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="156" />
            <source>Save as &amp;PDF…</source>
            <translation>PDF として保存(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="180" />
            <source>No declaration open</source>
            <translation>宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="183" />
            <source>Label of %1 (%2)</source>
            <translation>%1 のラベル（%2）</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="213" />
            <source>No label recorded yet.</source>
            <translation>ラベルはまだ記録されていません。</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="222" />
            <source>No label baseline yet: it is kept when the label is recorded.</source>
            <translation>ラベルの基準点はまだありません。ラベルを記録すると保存されます。</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="225" />
            <source>Compared with the declaration as it stood when the label was recorded (%1):</source>
            <translation>ラベル記録時（%1）の宣言との比較:</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="230" />
            <source>Nothing has changed since the label.</source>
            <translation>ラベル取得以降の変更はありません。</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="240" />
            <source>Every device test was run on the current firmware %1.</source>
            <translation>すべての実機テストは現在のファームウェア %1 で実施済みです。</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="255" />
            <source>Nothing due.</source>
            <translation>期限の近いものはありません。</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="274" />
            <source>Save the label page</source>
            <translation>ラベルページを保存</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="274" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelRecordCommand</name>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="223" />
            <source>Edit the label record</source>
            <translation>ラベルの記録を編集</translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelRecordEditor</name>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="21" />
            <source>&amp;Application number:</source>
            <translation>申請番号(&amp;A):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="22" />
            <source>S&amp;ubmitted on:</source>
            <translation>申請日(&amp;U):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="23" />
            <source>&amp;Registration number:</source>
            <translation>登録番号(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="24" />
            <source>&amp;Issued on:</source>
            <translation>発行日(&amp;I):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="25" />
            <source>&amp;Valid until:</source>
            <translation>有効期限(&amp;V):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="26" />
            <source>Last e&amp;xtension:</source>
            <translation>最終延長日(&amp;X):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="27" />
            <source>Su&amp;ccessor product or label:</source>
            <translation>後継製品・ラベル(&amp;C):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="28" />
            <source>&amp;Product page (IPA):</source>
            <translation>製品ページ (IPA)(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="29" />
            <source>Recorded &amp;status:</source>
            <translation>記録した状態(&amp;S):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="103" />
            <source>16 digits, e.g. 2025030500001527</source>
            <translation>16 桁、例: 2025030500001527</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="105" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY/MM/DD</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="106" />
            <source>YYYY-MM-DD (empty: two years after the issue)</source>
            <translation>YYYY/MM/DD（空欄: 発行日の 2 年後）</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="107" />
            <source>URL of the product's page on IPA's site, once published</source>
            <translation>IPA サイトの製品ページの URL（公開後）</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="108" />
            <source>&amp;Save label record</source>
            <translation>ラベル情報を保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="126" />
            <source>Status today: %1</source>
            <translation>本日の状態: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/label/labelrecordeditor.cpp" line="129" />
            <source>(%n day(s) left)</source>
            <translation>
                <numerusform>（残り %n 日）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelRules</name>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="74" />
            <source>The registration number must be exactly %1 digits (for example 2025030500001527); "%2" has %3 characters.</source>
            <translation>登録番号はちょうど %1 桁の数字です（例: 2025030500001527）。「%2」は %3 文字です。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="80" />
            <source>The label cannot be issued (%1) before the application was submitted (%2).</source>
            <translation>ラベルの発行日（%1）を申請日（%2）より前にはできません。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="83" />
            <source>An extension (%1) needs an issue date before it.</source>
            <translation>延長日（%1）には、それより前の発行日が必要です。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="86" />
            <source>A validity end needs the issue date.</source>
            <translation>有効期限を記録するには発行日が必要です。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="88" />
            <source>The validity end (%1) is before the issue date (%2).</source>
            <translation>有効期限（%1）が発行日（%2）より前です。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="90" />
            <source>The validity end (%1) is more than %2 years after %3 (at most %4).</source>
            <translation>有効期限（%1）が %3 から %2 年を超えています（最長 %4）。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="96" />
            <source>Expired is not recorded: it follows from the validity end. Set the validity end instead.</source>
            <translation>「失効（有効期限切れ）」は記録できません。有効期限から自動的に判断されます。有効期限を設定してください。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="98" />
            <source>A label status needs the registration number and the issue date.</source>
            <translation>ラベルの状態を記録するには登録番号と発行日が必要です。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::MainWindow</name>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="97" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="345" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="612" />
            <source>Hoshi</source>
            <translation>Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="167" />
            <source>Findings saved: %1</source>
            <translation>所見を保存しました: %1</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="345" />
            <source>A file is still being imported. Cancel the import?</source>
            <translation>ファイルの取り込みが実行中です。取り込みをキャンセルしますか？</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="567" />
            <source>%1 can not be declared not applicable.</source>
            <translation>%1 は対象外にできません。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="575" />
            <source>%1 set to %2. Ctrl+Z undoes it.</source>
            <translation>%1 を「%2」にしました。Ctrl+Z で元に戻せます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="615" />
            <source>%1 (evidence archive, read-only) — Hoshi</source>
            <translation>%1（エビデンスアーカイブ、読み取り専用） — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="622" />
            <source>Demo workspace</source>
            <translation>デモ用ワークスペース</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="623" />
            <source>%1 (read-only) — Hoshi</source>
            <translation>%1（読み取り専用） — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="623" />
            <source>%1 — Hoshi</source>
            <translation>%1 — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="624" />
            <source>Demo (temporary copy, discarded on exit)</source>
            <translation>デモ（一時コピー。終了時に破棄されます）</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="639" />
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="428" />
            <source>New workspace</source>
            <translation>新しいワークスペース</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="672" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="675" />
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="437" />
            <source>Open workspace</source>
            <translation>ワークスペースを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="675" />
            <source>%1

Open it read-only now?</source>
            <translation>%1

読み取り専用で開きますか？</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="690" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="696" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="702" />
            <source>Open demo</source>
            <translation>デモを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="690" />
            <source>Cannot create a temporary folder: %1</source>
            <translation>一時フォルダを作成できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="283" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="284" />
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="285" />
            <source>&amp;Item</source>
            <translation>項目(&amp;I)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="286" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="287" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="288" />
            <source>Open &amp;recent</source>
            <translation>最近使ったワークスペース(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="289" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="294" />
            <source>&amp;New workspace…</source>
            <translation>新しいワークスペース(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="295" />
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="296" />
            <source>Open &amp;read-only…</source>
            <translation>読み取り専用で開く(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="297" />
            <source>Open &amp;demo</source>
            <translation>デモを開く(&amp;D)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="298" />
            <source>Open e&amp;vidence archive…</source>
            <translation>エビデンスアーカイブを開く(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="299" />
            <source>Auditor mode: verify a retained evidence archive and browse it read-only</source>
            <translation>監査モード: 保管用エビデンスアーカイブを検証し、読み取り専用で閲覧します</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="300" />
            <source>Close evidence arc&amp;hive</source>
            <translation>エビデンスアーカイブを閉じる(&amp;H)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="301" />
            <source>&amp;Export…</source>
            <translation>出力(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="302" />
            <source>Write the application package and the retained evidence archive</source>
            <translation>申請パッケージと保管用エビデンスアーカイブを書き出します</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="303" />
            <source>Import &amp;findings…</source>
            <translation>所見の取り込み(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="304" />
            <source>Turn a reviewer's findings on an evidence archive into review comments</source>
            <translation>エビデンスアーカイブに対するレビュー担当者の所見をレビューコメントとして取り込みます</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="307" />
            <source>&amp;Close workspace</source>
            <translation>ワークスペースを閉じる(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="308" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="46" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="46" />
            <source>&amp;Undo: %1</source>
            <translation>元に戻す: %1(&amp;U)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="47" />
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="47" />
            <source>&amp;Redo: %1</source>
            <translation>やり直す: %1(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="48" />
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="60" />
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="49" />
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="60" />
            <source>Redo</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="50" />
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation>元に戻す: %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="50" />
            <source>Nothing to undo</source>
            <translation>元に戻す操作はありません</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="51" />
            <source>Redo: %1 (Ctrl+Shift+Z)</source>
            <translation>やり直す: %1 (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="52" />
            <source>Nothing to redo</source>
            <translation>やり直す操作はありません</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="176" />
            <source>Not done: "%1" (%2) works outside text boxes. Press Tab to leave the box first.</source>
            <translation>実行していません: 「%1」（%2）はテキスト入力欄の外で使えます。先に Tab で入力欄を出てください。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="177" />
            <source>Not done: "%1" (%2) works on the checklist and the item page.</source>
            <translation>実行していません: 「%1」（%2）はチェックリストと項目ページで使えます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="305" />
            <source>S&amp;ynchronise…</source>
            <translation>同期(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="306" />
            <source>Bring this workspace and another copy (a file or a server) to the same records</source>
            <translation>このワークスペースと別のコピー（ファイルまたはサーバー）を同じレコードにそろえます</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="309" />
            <source>Your &amp;name…</source>
            <translation>あなたの名前(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="310" />
            <source>The name recorded in the history for your changes</source>
            <translation>あなたの変更について履歴に記録される名前</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="311" />
            <source>Re&amp;view periods…</source>
            <translation>見直し期間(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="312" />
            <source>How long evidence stays good by default before it is due for review</source>
            <translation>根拠が見直しの対象になるまでの既定の期間</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="314" />
            <source>New &amp;organisation</source>
            <translation>新しい組織(&amp;O)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="315" />
            <source>New &amp;product</source>
            <translation>新しい製品(&amp;P)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="316" />
            <source>New &amp;declaration…</source>
            <translation>新しい適合宣言(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="317" />
            <source>&amp;Find item</source>
            <translation>項目を検索(&amp;F)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="318" />
            <source>&amp;Checklist</source>
            <translation>チェックリスト(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="319" />
            <source>&amp;Previous item</source>
            <translation>前の項目(&amp;P)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="320" />
            <source>&amp;Next item</source>
            <translation>次の項目(&amp;N)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="321" />
            <source>Set &amp;conforming</source>
            <translation>適合にする(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="322" />
            <source>Set not &amp;applicable</source>
            <translation>対象外にする(&amp;A)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="323" />
            <source>Set non-c&amp;onforming</source>
            <translation>不適合にする(&amp;O)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="324" />
            <source>Set not a&amp;ssessed</source>
            <translation>未評価に戻す(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="325" />
            <source>Add &amp;document review</source>
            <translation>文書評価を追加(&amp;D)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="326" />
            <source>Add device &amp;test</source>
            <translation>実機テストを追加(&amp;T)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="327" />
            <source>Next pro&amp;blem</source>
            <translation>次の問題(&amp;B)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="328" />
            <source>Previous prob&amp;lem</source>
            <translation>前の問題(&amp;L)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="329" />
            <source>P&amp;roduct details</source>
            <translation>製品情報(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="330" />
            <source>D&amp;eclaration details</source>
            <translation>適合宣言の詳細(&amp;E)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="331" />
            <source>IPA checklist &amp;workbook…</source>
            <translation>IPA チェックリスト(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="332" />
            <source>Attach IPA's checklist workbook to the declaration and check where the answers go</source>
            <translation>IPA のチェックリストを宣言に添付し、回答欄の位置を確認します</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="333" />
            <source>&amp;System default</source>
            <translation>システムの設定に従う(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="337" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="338" />
            <source>&amp;About Hoshi</source>
            <translation>Hoshi について(&amp;A)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="339" />
            <source>&amp;Criteria library…</source>
            <translation>評価基準ライブラリ(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="340" />
            <source>Every criteria set with its version, status and sources; compare versions and carry declarations over</source>
            <translation>すべての評価基準の版・状態・出典。版の比較と宣言の引き継ぎ</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="341" />
            <source>Navigator</source>
            <translation>ナビゲーター</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="342" />
            <source>Blocking problems</source>
            <translation>申請を妨げる問題</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="344" />
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="371" />
            <source>Open or create a workspace first.</source>
            <translation>先にワークスペースを開くか作成してください。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="372" />
            <source>The workspace is open read-only.</source>
            <translation>ワークスペースは読み取り専用で開かれています。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="379" />
            <source>Needs an organisation first: Edit ▸ New organisation.</source>
            <translation>先に組織が必要です: 編集 ▸ 新しい組織。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="380" />
            <source>Needs a product first: Edit ▸ New product.</source>
            <translation>先に製品が必要です: 編集 ▸ 新しい製品。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="410" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="417" />
            <source>Clear the list</source>
            <translation>一覧を消去</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="422" />
            <source>No recent workspaces</source>
            <translation>最近使ったワークスペースはありません</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="428" />
            <source>Hoshi workspaces (*.hoshi)</source>
            <translation>Hoshi ワークスペース (*.hoshi)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="436" />
            <source>Open workspace read-only</source>
            <translation>ワークスペースを読み取り専用で開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="438" />
            <source>Hoshi workspaces (*.hoshi);;All files (*)</source>
            <translation>Hoshi ワークスペース (*.hoshi);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="487" />
            <source>New organisation</source>
            <translation>新しい組織</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="498" />
            <source>Add an organisation first.</source>
            <translation>先に組織を追加してください。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="501" />
            <source>New product</source>
            <translation>新しい製品</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="578" />
            <source>On the pages</source>
            <translation>各ページで</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="579" />
            <source>Back (item → checklist, evidence → item)</source>
            <translation>戻る（項目 → チェックリスト、エビデンス → 項目）</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="580" />
            <source>Attach files (evidence page)</source>
            <translation>ファイルを添付（エビデンスのページ）</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="581" />
            <source>Save the text box now</source>
            <translation>入力中のテキストをすぐに保存</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="582" />
            <source>Open the selected item or evidence</source>
            <translation>選択した項目またはエビデンスを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="584" />
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="593" />
            <source>About Hoshi</source>
            <translation>Hoshi について</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="594" />
            <source>&lt;b&gt;Hoshi %1&lt;/b&gt;&lt;br&gt;A workbench for JC-STAR IoT security self-declarations.&lt;br&gt;Criteria texts are summaries; IPA's official Japanese documents are authoritative.&lt;br&gt;&lt;br&gt;Licensed under the Apache License, Version 2.0 (SPDX: Apache-2.0). Exported PDFs embed the IPAPGothic font (IPA Font License), installed with the package fonts-ipafont-gothic.</source>
            <translation>&lt;b&gt;Hoshi %1&lt;/b&gt;&lt;br&gt;JC-STAR の IoT セキュリティ自己適合宣言のためのワークベンチです。&lt;br&gt;基準の文言は要約です。正式には IPA の日本語の公式文書に従ってください。&lt;br&gt;&lt;br&gt;Apache License 2.0（SPDX: Apache-2.0）のもとで提供されます。出力する PDF には IPAP ゴシック フォント（IPA フォントライセンス、パッケージ fonts-ipafont-gothic）を埋め込みます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_archive.cpp" line="46" />
            <source>Open evidence archive</source>
            <translation>エビデンスアーカイブを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_archive.cpp" line="46" />
            <source>Evidence archives (*.zip);;All files (*)</source>
            <translation>エビデンスアーカイブ (*.zip);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="77" />
            <source>&amp;Rename…</source>
            <translation>名前を変更(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="80" />
            <source>Re&amp;move…</source>
            <translation>削除(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="109" />
            <source>New name of the organisation:</source>
            <translation>組織の新しい名前:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="110" />
            <source>New name of the product:</source>
            <translation>製品の新しい名前:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="111" />
            <source>Name of the declaration (empty: named after its criteria set):</source>
            <translation>適合宣言の名前（空欄の場合は評価基準の名前で表示）:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="113" />
            <source>Rename</source>
            <translation>名前の変更</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="126" />
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="146" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="127" />
            <source>"%1" can not be removed while other records depend on it: %2. Remove those first.</source>
            <translation>「%1」は、ほかのレコードが依存しているため削除できません: %2。先にそれらを削除してください。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="134" />
            <source>Remove "%1"? Edit ▸ Undo (Ctrl+Z) brings it back.</source>
            <translation>「%1」を削除しますか？ 編集 ▸ 元に戻す（Ctrl+Z）で復元できます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="135" />
            <source>Remove "%1"? This cannot be undone; the history keeps a record of it.</source>
            <translation>「%1」を削除しますか？ 元に戻すことはできません（履歴には記録が残ります）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="142" />
            <source>Remove this declaration with its %n assessed item(s) and the evidence that backs nothing else (%1 evidence record(s) linked)? This cannot be undone; the history keeps a record of it.</source>
            <translation>
                <numerusform>この適合宣言を、評価済みの %n 項目と、ほかの項目の根拠になっていないエビデンス（リンクされたエビデンス %1 件）とともに削除しますか？ 元に戻すことはできません（履歴には記録が残ります）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="162" />
            <source>Your name</source>
            <translation>あなたの名前</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="163" />
            <source>Your name, as the history records it for every change you make (and reviews and sign-offs show it):</source>
            <translation>あなたの名前（すべての変更の履歴に記録され、レビューや承認にも表示されます）:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_criteria.cpp" line="24" />
            <source>Criteria library</source>
            <translation>評価基準ライブラリ</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_portfolio.cpp" line="37" />
            <source>&amp;Portfolio</source>
            <translation>ポートフォリオ(&amp;P)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="75" />
            <source>Connected to the server again; everything was reloaded.</source>
            <translation>サーバーに再接続しました。すべて再読み込みしました。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="135" />
            <source>Open &amp;server workspace…</source>
            <translation>サーバーのワークスペースを開く(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="156" />
            <source>The server asks for the password of %1.</source>
            <translation>サーバーが %1 のパスワードを求めています。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="157" />
            <source>The password was not accepted. The password of %1:</source>
            <translation>パスワードが受け付けられませんでした。%1 のパスワード:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="159" />
            <source>Sign in</source>
            <translation>サインイン</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="167" />
            <source>Open server workspace</source>
            <translation>サーバーのワークスペースを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="182" />
            <source>%1 on the server, %2 (read-only) — Hoshi</source>
            <translation>%1（サーバー、%2、読み取り専用）— Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="183" />
            <source>%1 on the server, %2 — Hoshi</source>
            <translation>%1（サーバー、%2）— Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="185" />
            <source>this computer</source>
            <translation>このコンピューター</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="187" />
            <source>this computer (socket in %1)</source>
            <translation>このコンピューター（ソケット: %1）</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="190" />
            <source>Server %1 · database %2 · signed in as %3</source>
            <translation>サーバー %1 · データベース %2 · サインイン: %3</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_help.cpp" line="26" />
            <source>&amp;Getting started</source>
            <translation>はじめに(&amp;G)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_help.cpp" line="32" />
            <source>Getting started</source>
            <translation>はじめに</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_capture.cpp" line="118" />
            <source>Capture &amp;test result…</source>
            <translation>試験結果の取り込み(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_capture.cpp" line="120" />
            <source>Store a tool's output (nmap, testssl.sh, ssh-audit, CycloneDX SBOM) as device-test evidence</source>
            <translation>ツールの出力（nmap、testssl.sh、ssh-audit、CycloneDX SBOM）を実機試験のエビデンスとして保存します</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_capture.cpp" line="122" />
            <source>Run again…</source>
            <translation>再実行…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_capture.cpp" line="123" />
            <source>Run the selected captured test again with its recipe</source>
            <translation>選択した取り込み済みの試験を、記録された手順で再実行します</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_cra.cpp" line="42" />
            <source>EU &amp;CRA readiness</source>
            <translation>EU &amp;CRA 対応状況</translation>
        </message>
    </context>
    <context>
        <name>hoshi::MarketsPanel</name>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="60" />
            <source>What this declaration's label gives in other markets, as of today. Hoshi prepares; the manufacturer declares. Each line names its legal basis and source.</source>
            <translation>この適合宣言のラベルが他の市場で持つ効力（本日時点）。Hoshi は準備し、宣言するのは製造者です。各行に法的根拠と出典を示します。</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="62" />
            <source>Write the &amp;UK compliance record…</source>
            <translation>英国適合記録を書き出す(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="63" />
            <source>A one-page record in English (PDF, with a JSON copy beside it) that a UK importer or distributor can keep.</source>
            <translation>英国の輸入業者・販売業者が保管できる英語の1ページの記録（PDF と、その隣に JSON）。</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="96" />
            <source>Legal basis: %1. Source (official): %2</source>
            <translation>法的根拠: %1。出典（公式）: %2</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="97" />
            <source>Legal basis: %1. Source (secondary, not yet official): %2</source>
            <translation>法的根拠: %1。出典（二次情報、未公式）: %2</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="112" />
            <source>Write the UK compliance record</source>
            <translation>英国適合記録の書き出し</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="112" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="118" />
            <source>Written: %1 and %2</source>
            <translation>書き出しました: %1 と %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::MessageBox</name>
        <message>
            <location filename="../forms/common/messagebox.cpp" line="90" />
            <source>Passphrase:</source>
            <translation>パスフレーズ:</translation>
        </message>
        <message>
            <location filename="../forms/common/messagebox.cpp" line="92" />
            <source>Again:</source>
            <translation>確認のため再入力:</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Model</name>
        <message>
            <location filename="../core/domain/model.cpp" line="69" />
            <source>Not assessed</source>
            <translation>未評価</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="71" />
            <source>Conforming</source>
            <translation>適合</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="73" />
            <source>Not applicable</source>
            <translation>対象外</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="75" />
            <source>Non-conforming</source>
            <translation>不適合</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="82" />
            <source>UK PSTI mutual recognition</source>
            <translation>英国PSTI相互承認</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="82" />
            <source>Standard</source>
            <translation>通常</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="89" />
            <source>No label yet</source>
            <translation>ラベル未取得</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="91" />
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="93" />
            <source>Extension in progress</source>
            <translation>失効猶予</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="95" />
            <source>Expired</source>
            <translation>失効・有効期限切れ</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="97" />
            <source>Withdrawn</source>
            <translation>失効・自主取下げ</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="99" />
            <source>Revoked</source>
            <translation>取消し</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="106" />
            <source>Device test</source>
            <translation>実機テスト</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="106" />
            <source>Document review</source>
            <translation>文書評価</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="118" />
            <source>p. %1</source>
            <translation>%1 ページ</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="120" />
            <source>§%1</source>
            <translation>%1 節</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="128" />
            <source>firmware %1</source>
            <translation>ファームウェア %1</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="46" />
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="48" />
            <source>In review</source>
            <translation>レビュー中</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="50" />
            <source>Changes requested</source>
            <translation>修正依頼</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="52" />
            <source>Approved</source>
            <translation>承認済み</translation>
        </message>
    </context>
    <context>
        <name>hoshi::NavigatorModel</name>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="92" />
            <source>Declaration %1</source>
            <translation>適合宣言 %1</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="96" />
            <source> · PSTI</source>
            <translation> · PSTI</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="102" />
            <source>★%1 %2%3</source>
            <translation>★%1 %2%3</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="103" />
            <source>%1 (★%2%3)</source>
            <translation>%1（★%2%3）</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="105" />
            <source>%1 · OK %2/%3</source>
            <translation>%1 · OK %2/%3</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="106" />
            <source>%1
%2
Route: %3
OK %4 / assessed %5 / %6 items</source>
            <translation>%1
%2
申請ルート: %3
OK %4 / 評価済み %5 / 全 %6 項目</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="223" />
            <source>Workspace</source>
            <translation>ワークスペース</translation>
        </message>
    </context>
    <context>
        <name>hoshi::NewDeclarationDialog</name>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="21" />
            <source>New declaration</source>
            <translation>新しい適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="32" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="40" />
            <source>published</source>
            <translation>公表済み</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="41" />
            <source>draft</source>
            <translation>案</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="42" />
            <source>superseded</source>
            <translation>置き換え済み</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="43" />
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2（%3）</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="47" />
            <source>&amp;Product:</source>
            <translation>製品(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="48" />
            <source>&amp;Criteria:</source>
            <translation>適合基準(&amp;C):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="49" />
            <source>&amp;Route:</source>
            <translation>申請ルート(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="52" />
            <source>Create</source>
            <translation>作成</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="79" />
            <source>%1 · level ★%2 · %n item(s) · %3</source>
            <translation>
                <numerusform>%1 · レベル ★%2 · %n 項目 · %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="82" />
            <source>self-declaration</source>
            <translation>自己適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="83" />
            <source>third-party evaluation</source>
            <translation>第三者評価</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="85" />
            <source>Status: %1 — the item texts may still change.</source>
            <translation>状態: %1 — 項目の文面は今後変わる可能性があります。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::OpenServerDialog</name>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="20" />
            <source>Open server workspace</source>
            <translation>サーバーのワークスペースを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="32" />
            <source>The address of a Hoshi workspace on a PostgreSQL server. Everyone who opens it works on the same declarations at the same time; the server decides who you are. A password is asked for when the server needs one and is never saved.</source>
            <translation>PostgreSQL サーバー上の Hoshi ワークスペースのアドレスです。開いた全員が同じ適合宣言を同時に編集します。利用者はサーバーが識別します。パスワードはサーバーが求めたときだけ尋ね、保存しません。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="37" />
            <source>&amp;Address:</source>
            <translation>アドレス(&amp;A):</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="39" />
            <source>&amp;Recent servers:</source>
            <translation>最近使ったサーバー(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="85" />
            <source>A server address starts with postgresql://</source>
            <translation>サーバーのアドレスは postgresql:// で始まります</translation>
        </message>
    </context>
    <context>
        <name>hoshi::OrganisationEditor</name>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="16" />
            <source>The vendor (manufacturer) as registered. Vendor-scope items are answered once for the organisation and shared by all its products. Every change is saved at once.</source>
            <translation>登録上の事業者（製造者）です。事業者単位の項目は組織として一度回答し、その組織のすべての製品で共有します。変更はすぐに保存されます。</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="17" />
            <source>Organisation</source>
            <translation>組織</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="19" />
            <source>Registered &amp;name:</source>
            <translation>法人名(&amp;N):</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="20" />
            <source>As registered (法人名)</source>
            <translation>登記上の名称</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="22" />
            <source>Name in &amp;English:</source>
            <translation>英語名(&amp;E):</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="25" />
            <source>&amp;Corporate number:</source>
            <translation>法人番号(&amp;C):</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="26" />
            <source>13 digits, if there is one</source>
            <translation>13桁（ある場合）</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="28" />
            <source>&amp;Address:</source>
            <translation>所在地(&amp;A):</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="31" />
            <source>Contact &amp;person:</source>
            <translation>担当者(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="34" />
            <source>Contact &amp;e-mail:</source>
            <translation>連絡先メールアドレス(&amp;E):</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="37" />
            <source>&amp;Website:</source>
            <translation>Webサイト(&amp;W):</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="38" />
            <source>https://</source>
            <translation>https://</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.cpp" line="51" />
            <source>The organisation needs its registered name.</source>
            <translation>組織には法人名が必要です。</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.cpp" line="99" />
            <source>No organisation selected</source>
            <translation>組織が選択されていません</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PdfRenderClient</name>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="79" />
            <source>it did not answer in time</source>
            <translation>時間内に応答がありませんでした</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="82" />
            <source>it exceeded its time or memory limit</source>
            <translation>処理時間またはメモリの上限を超えました</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="83" />
            <source>it crashed on this file</source>
            <translation>このファイルの処理中に異常終了しました</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="85" />
            <source>it stopped unexpectedly</source>
            <translation>予期せず終了しました</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="88" />
            <source>the separate PDF renderer stopped (%1); the file itself is kept unchanged.</source>
            <translation>別プロセスの PDF 表示処理が停止しました（%1）。ファイル自体は変更されずに保存されています。</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="146" />
            <source>the separate PDF renderer is not running.</source>
            <translation>別プロセスの PDF 表示処理が動作していません。</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="169" />
            <source>the PDF renderer %1 can not be started (%2).</source>
            <translation>PDF 表示処理 %1 を起動できません（%2）。</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="192" />
            <source>its encryption is not supported.</source>
            <translation>この暗号化方式には対応していません。</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="193" />
            <source>it is not a valid PDF file (damaged or of another type).</source>
            <translation>有効な PDF ファイルではありません（破損しているか、別の形式のファイルです）。</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="205" />
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="213" />
            <source>page %1 could not be drawn.</source>
            <translation>%1 ページを描画できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PointOverlay</name>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="29" />
            <source>%1: unknown key "%2".</source>
            <translation>%1: 不明なキー「%2」があります。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="39" />
            <source>%1: a point must be an object with a text.</source>
            <translation>%1: 評価項目は text を持つオブジェクトでなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="47" />
            <source>%1: the point has no text.</source>
            <translation>%1: 評価項目に文言がありません。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="53" />
            <source>%1: unknown method "%2".</source>
            <translation>%1: 不明な評価手法「%2」です。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="66" />
            <source>%1: expected an object with "points".</source>
            <translation>%1: "points" を持つオブジェクトが必要です。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="76" />
            <source>%1: the mode must be "all" or "alternatives".</source>
            <translation>%1: mode は "all" または "alternatives" です。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="81" />
            <source>%1: no points (leave the item out to keep its own points).</source>
            <translation>%1: 評価項目がありません（項目自身の評価項目を使うには、その項目を省いてください）。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="137" />
            <source>overlay</source>
            <translation>公式評価項目</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="142" />
            <source>source</source>
            <translation>出典</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="149" />
            <source>The overlay names no criteria set ("criteriaSetId").</source>
            <translation>公式評価項目に適合基準（"criteriaSetId"）の指定がありません。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="153" />
            <source>The overlay must name the checklist it was read from: "source" with "fileName" and the file's SHA-256 (64 hexadecimal digits).</source>
            <translation>公式評価項目には読み取り元のチェックリストを指定してください: "source" に "fileName" とそのファイルのSHA-256（16進数64桁）。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="165" />
            <source>The overlay has no items with points.</source>
            <translation>公式評価項目に、評価項目を持つ項目がありません。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="176" />
            <source>The official points were read for %1, but the declaration uses %2.</source>
            <translation>公式評価項目は %1 用に読み取られましたが、この宣言は %2 を使っています。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="180" />
            <source>%1 has no item %2.</source>
            <translation>%1 には項目 %2 がありません。</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="184" />
            <source>%1: method %2 is not one of the item's methods (%3).</source>
            <translation>%1: 評価手法 %2 は項目の評価手法（%3）にありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PointRules</name>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="20" />
            <source> and </source>
            <translation>と</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="34" />
            <source>document review</source>
            <translation>文書評価</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="36" />
            <source>device test</source>
            <translation>実機テスト</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="38" />
            <source>SBOM</source>
            <translation>SBOM</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="40" />
            <source>penetration test</source>
            <translation>ペネトレーションテスト</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="82" />
            <source>%1: evaluation point %2 ("%3") has no %4 evidence linked.</source>
            <translation>%1: 評価項目 %2（「%3」）に%4のエビデンスが紐付けられていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="94" />
            <source>%1: state which of the alternative evaluation points the product relies on.</source>
            <translation>%1: 製品がどの選択肢の評価項目で要件を満たすかを指定してください。</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="104" />
            <source>%1: none of the alternatives relied on (%2) has evidence of its method linked.</source>
            <translation>%1: 採用した選択肢（%2）のいずれにも、その評価方法のエビデンスが紐付けられていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="108" />
            <source>%1: the alternative %2 is marked as relied on but has no evidence linked.</source>
            <translation>%1: 選択肢 %2 を採用としていますが、エビデンスが紐付けられていません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Portfolio</name>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="171" />
            <source>Label or support ended</source>
            <translation>ラベルまたはサポートが終了</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/portfolio/portfolio.cpp" line="173" />
            <source>Ends within %n day(s)</source>
            <translation>
                <numerusform>%n日以内に終了</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="175" />
            <source>Review needs action</source>
            <translation>レビュー対応が必要</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="177" />
            <source>Blocking problems</source>
            <translation>提出を妨げる問題あり</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="179" />
            <source>Device tests on other firmware</source>
            <translation>別ファームウェアでの機器試験</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="181" />
            <source>In order</source>
            <translation>問題なし</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PortfolioPage</name>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="137" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="199" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="228" />
            <source>Portfolio</source>
            <translation>ポートフォリオ</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="149" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="233" />
            <source>All organisations</source>
            <translation>すべての組織</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/portfolio/portfoliopage.cpp" line="164" />
            <source>%n declaration(s), %1 shown; %2 need attention now, %3 not yet submittable.</source>
            <translation>
                <numerusform>申請 %n 件（表示 %1 件）：今すぐ対応が必要 %2 件、まだ提出できない %3 件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="205" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="207" />
            <source>Export the portfolio</source>
            <translation>ポートフォリオを書き出す</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="206" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel ブック (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="208" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="229" />
            <source>Find organisation, product, model, criteria or registration number</source>
            <translation>組織・製品・型番・評価基準・登録番号で検索</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="230" />
            <source>Export CSV…</source>
            <translation>CSV に書き出す…</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="231" />
            <source>Export XLSX…</source>
            <translation>XLSX に書き出す…</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="232" />
            <source>Refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="237" />
            <source>All review states</source>
            <translation>すべてのレビュー状態</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PortfolioTable</name>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="29" />
            <source>%1 (stale)</source>
            <translation>%1（承認後に変更あり）</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="46" />
            <source>Organisation</source>
            <translation>組織</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="47" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="48" />
            <source>Model numbers</source>
            <translation>型番</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="49" />
            <source>Criteria</source>
            <translation>評価基準</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="50" />
            <source>Route</source>
            <translation>申請ルート</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="51" />
            <source>Assessed</source>
            <translation>評価済み</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="52" />
            <source>Blocking</source>
            <translation>提出を妨げる問題</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="53" />
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="54" />
            <source>Review</source>
            <translation>レビュー</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="55" />
            <source>Open comments</source>
            <translation>未解決コメント</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="56" />
            <source>Label</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="57" />
            <source>Label valid until</source>
            <translation>ラベル有効期限</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="58" />
            <source>Days to label end</source>
            <translation>ラベル終了までの日数</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="59" />
            <source>Support until</source>
            <translation>サポート終了日</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="60" />
            <source>Days to support end</source>
            <translation>サポート終了までの日数</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="61" />
            <source>Stale device tests</source>
            <translation>再試験が必要な機器試験</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="62" />
            <source>Evidence past review</source>
            <translation>見直し期限切れの根拠</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="63" />
            <source>Last change</source>
            <translation>最終変更</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="64" />
            <source>Urgency</source>
            <translation>緊急度</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="159" />
            <source>Portfolio</source>
            <translation>ポートフォリオ</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ProblemsPanel</name>
        <message>
            <location filename="../forms/problems/problemspanel.cpp" line="49" />
            <source>Open a declaration to see what blocks its submission.</source>
            <translation>適合宣言を開くと、申請を妨げている問題が表示されます。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/problems/problemspanel.cpp" line="55" />
            <source>%n problem(s) block submission.</source>
            <translation>
                <numerusform>申請を妨げる問題が %n 件あります。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/problems/problemspanel.cpp" line="56" />
            <source>Nothing blocks submission.</source>
            <translation>申請を妨げる問題はありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/problems/problemspanel.cpp" line="58" />
            <source>%n warning(s).</source>
            <translation>
                <numerusform>警告 %n 件。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::ProductEditor</name>
        <message>
            <location filename="../forms/product/producteditor.ui" line="16" />
            <source>These are the fields of the public label page. Fields marked * are required before a declaration can be submitted. Every change is saved at once.</source>
            <translation>公開されるラベルのページに載る項目です。* の付いた項目は、適合宣言を申請する前に必ず入力してください。変更はすぐに保存されます。</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="17" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="19" />
            <source>Product &amp;name:</source>
            <translation>製品名(&amp;N):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="22" />
            <source>&amp;Model numbers:</source>
            <translation>型番(&amp;M):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="23" />
            <source>Separate several with commas</source>
            <translation>複数ある場合はカンマで区切ります</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="25" />
            <source>Product &amp;category:</source>
            <translation>製品類型(&amp;C):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="26" />
            <source>e.g. Network camera, router, smart speaker</source>
            <translation>例: ネットワークカメラ、ルータ、スマートスピーカー</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="28" />
            <source>S&amp;ummary:</source>
            <translation>製品概要(&amp;U):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="29" />
            <source>What the product is and does</source>
            <translation>製品の内容と機能</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="31" />
            <source>Product &amp;web page:</source>
            <translation>製品のWebページ(&amp;W):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="32" />
            <location filename="../forms/product/producteditor.ui" line="64" />
            <source>https://</source>
            <translation>https://</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="34" />
            <source>Configuration &amp;diagram:</source>
            <translation>構成図(&amp;D):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="35" />
            <source>File name or reference of the attached diagram</source>
            <translation>添付する構成図のファイル名または参照先</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="37" />
            <source>Firmware and support</source>
            <translation>ファームウェアとサポート</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="39" />
            <source>&amp;Firmware name:</source>
            <translation>対象ファームウェア名(&amp;F):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="42" />
            <source>Conforming firmware &amp;version:</source>
            <translation>適合ファームウェアのバージョン(&amp;V):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="43" />
            <source>e.g. 1.0.3</source>
            <translation>例: 1.0.3</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="45" />
            <source>Version &amp;notice:</source>
            <translation>バージョンに関する注意(&amp;N):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="46" />
            <source>e.g. Update if older than 1.00</source>
            <translation>例: 1.00 より古い場合は更新してください</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="48" />
            <source>&amp;Support period ends:</source>
            <translation>サポート期間の終了日(&amp;S):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="49" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY/MM/DD</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="51" />
            <source>Firmware ima&amp;ge SHA-256:</source>
            <translation>ファームウェアイメージ SHA-256(&amp;G):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="52" />
            <source>64 hexadecimal digits, as sha256sum prints</source>
            <translation>sha256sum が出力する16進数64桁</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="52" />
            <source>The current firmware image: device tests captured against another image are stale, as after a version change.</source>
            <translation>現在のファームウェアイメージ。別のイメージで取得した実機テストは、バージョン変更後と同じく再試験が必要になります。</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="53" />
            <source>Choose image fi&amp;le…</source>
            <translation>イメージファイルを選択(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="55" />
            <source>Contacts</source>
            <translation>問い合わせ先</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="57" />
            <source>Product &amp;inquiries:</source>
            <translation>製品の問い合わせ先(&amp;I):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="58" />
            <source>Contact point for questions about the product</source>
            <translation>製品に関する問い合わせ窓口</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="60" />
            <source>Vulnerability &amp;reports:</source>
            <translation>脆弱性の報告先(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="61" />
            <source>Where to report vulnerabilities and defects</source>
            <translation>脆弱性・不具合の報告受付窓口</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="63" />
            <source>Disclosure &amp;policy URL:</source>
            <translation>脆弱性開示ポリシーのURL(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="66" />
            <source>Certifications and other information</source>
            <translation>認証とその他の情報</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="68" />
            <source>&amp;Technical conformity no.:</source>
            <translation>技適の番号(&amp;T):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="69" />
            <source>Certification number (技適), if any</source>
            <translation>技術基準適合証明の番号（ある場合）</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="71" />
            <source>Other &amp;certifications:</source>
            <translation>その他の認証番号(&amp;C):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="74" />
            <source>Other security &amp;information:</source>
            <translation>その他のセキュリティ情報(&amp;I):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="156" />
            <source>No product selected</source>
            <translation>製品が選択されていません</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="167" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="247" />
            <source>A SHA-256 is 64 hexadecimal digits; or choose the image file and let Hoshi compute it.</source>
            <translation>SHA-256 は16進数64桁です。イメージファイルを選択して Hoshi に計算させることもできます。</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="257" />
            <source>Choose the current firmware image</source>
            <translation>現在のファームウェアイメージを選択</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="266" />
            <source>Cannot read the image: %1</source>
            <translation>イメージを読み込めません: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PstiStatementFile</name>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="46" />
            <source>Replace statement file…</source>
            <translation>適合宣言書ファイルを差し替える…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="46" />
            <source>Attach statement file…</source>
            <translation>適合宣言書ファイルを添付…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="49" />
            <source>Statement file kept in the workspace: %1</source>
            <translation>ワークスペースに保管している適合宣言書: %1</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="50" />
            <source>No statement file attached (a URL above is enough).</source>
            <translation>適合宣言書のファイルは添付されていません（上の URL だけでも足ります）。</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="55" />
            <source>PSTI statement of compliance</source>
            <translation>PSTI 適合宣言書</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Reminders</name>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="31" />
            <source>%1: the label %2 expired on %3.</source>
            <translation>%1: ラベル %2 は %3 に有効期限が切れました。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="33" />
            <source>%1: the label %2 is valid until %3 (%n day(s) left); apply for an extension.</source>
            <translation>
                <numerusform>%1: ラベル %2 の有効期限は %3 です（残り %n 日）。延長を申請してください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="47" />
            <source>%1: the support period ended on %2.</source>
            <translation>%1: サポート期間は %2 に終了しました。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="48" />
            <source>%1: the support period ends on %2 (%n day(s) left).</source>
            <translation>
                <numerusform>%1: サポート期間は %2 に終了します（残り %n 日）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="66" />
            <source>%1: the evidence "%2" (%3) was due for review on %4; check that it still holds.</source>
            <translation>%1: 根拠「%2」（%3）の見直し期限は %4 でした。今も成り立つか確認してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="68" />
            <source>%1: the evidence "%2" (%3) is due for review on %4 (%n day(s) left).</source>
            <translation>
                <numerusform>%1: 根拠「%2」（%3）の見直し期限は %4 です（残り %n 日）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="87" />
            <source>%1: the UK deems it PSTI-compliant (Condition B) only until %2, when the label ends (%n day(s) left); after that it needs its own PSTI statement of compliance.</source>
            <translation>
                <numerusform>%1: 英国で PSTI 適合とみなされる（Condition B）のはラベルが終了する %2 までです（残り %n 日）。その後は独自の PSTI 適合宣言書が必要です。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="161" />
            <source>%1: %n device test(s) were run on older firmware than %2 (%3); run them again.</source>
            <translation>
                <numerusform>%1: %n 件の実機テストが %2 より古いファームウェアで実施されています（%3）。再実施してください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="259" />
            <source>JC-STAR label %1 of %2 (%3), valid until %4.</source>
            <translation>%2 の JC-STAR ラベル %1（%3）、有効期限 %4。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="264" />
            <source>%1: label expires in %2 days</source>
            <translation>%1: ラベルの有効期限まであと %2 日</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="265" />
            <source>Apply to IPA for an extension in time.</source>
            <translation>期限までに IPA へ延長を申請してください。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="268" />
            <source>%1: label validity ends</source>
            <translation>%1: ラベルの有効期限</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="272" />
            <source>%1: UK PSTI recognition ends</source>
            <translation>%1: 英国 PSTI の承認終了</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="273" />
            <source>The UK deems %1 to meet the PSTI security requirements under Condition B of UK SI 2025/1267 only while its JC-STAR label %2 is valid, until %3.</source>
            <translation>英国は %1 を、JC-STAR ラベル %2 が有効な間（%3 まで）に限り、UK SI 2025/1267 の Condition B により PSTI のセキュリティ要件を満たすものとみなします。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="282" />
            <source>%1: support period ends</source>
            <translation>%1: サポート期間の終了</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="283" />
            <source>The support period of %1 (%2) ends on %3; security updates are promised until then.</source>
            <translation>%1（%2）のサポート期間は %3 に終了します。それまではセキュリティアップデートの提供が約束されています。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="291" />
            <source>%1: evidence review due</source>
            <translation>%1: 根拠の見直し期限</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="292" />
            <source>Evidence "%1" backing %2 (%3) is to be reviewed by %4: check that it still holds, or replace it.</source>
            <translation>%2（%3）を裏付ける根拠「%1」は %4 までに見直してください。今も成り立つか確認するか、差し替えてください。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::RemoveCatalogCommand</name>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="162" />
            <source>Remove organisation "%1"</source>
            <translation>組織「%1」を削除</translation>
        </message>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="168" />
            <source>Remove product "%1"</source>
            <translation>製品「%1」を削除</translation>
        </message>
    </context>
    <context>
        <name>hoshi::RenameCommand</name>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="113" />
            <source>Rename "%1" to "%2"</source>
            <translation>「%1」を「%2」に名前変更</translation>
        </message>
    </context>
    <context>
        <name>hoshi::RerunDialog</name>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="37" />
            <source>Run again</source>
            <translation>再実行</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="64" />
            <source>optional: the firmware image the device runs, to record its SHA-256</source>
            <translation>任意: 機器で動作しているファームウェアイメージ（SHA-256 を記録します）</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="65" />
            <source>Choose image…</source>
            <translation>イメージを選択…</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="81" />
            <source>The tool's output appears here while it runs.</source>
            <translation>実行中はここにツールの出力が表示されます。</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="88" />
            <source>Run</source>
            <translation>実行</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="94" />
            <source>Command:</source>
            <translation>コマンド:</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="95" />
            <source>Target:</source>
            <translation>対象:</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="96" />
            <source>Firmware version:</source>
            <translation>ファームウェアバージョン:</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="97" />
            <source>Firmware image:</source>
            <translation>ファームウェアイメージ:</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="99" />
            <source>Run tools only against devices you are allowed to test.</source>
            <translation>ツールは試験が許可された機器に対してのみ実行してください。</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="120" />
            <source>This evidence has no recipe to run again: %1</source>
            <translation>このエビデンスには再実行の手順がありません: %1</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="121" />
            <source>it was not captured from a tool that Hoshi runs.</source>
            <translation>Hoshi が実行するツールから取り込まれたものではありません。</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="134" />
            <source>%1 is not installed on this computer.</source>
            <translation>%1 はこのコンピューターにインストールされていません。</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="138" />
            <source>This capture was already run again; running it once more records another capture.</source>
            <translation>この取り込みは既に再実行されています。もう一度実行すると別の取り込みとして記録されます。</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="143" />
            <source>Firmware image</source>
            <translation>ファームウェアイメージ</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="143" />
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="158" />
            <source>Open the workspace for editing to run a test again.</source>
            <translation>試験を再実行するには、ワークスペースを編集可能で開いてください。</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="169" />
            <source>Running %1 against %2…</source>
            <translation>%2 に対して %1 を実行中…</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="215" />
            <source>%1 Nothing was stored.</source>
            <translation>%1 何も保存していません。</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="228" />
            <source>The tool ran, but its output was not stored: %1</source>
            <translation>ツールは実行されましたが、出力を保存できませんでした: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/capture/rerundialog.cpp" line="233" />
            <source>Captured again with %n finding(s); the earlier capture is marked as superseded.</source>
            <translation>
                <numerusform>再実行結果を取り込みました（指摘 %n 件）。以前の取り込みは置き換え済みとして記録しました。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="237" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="250" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="250" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>hoshi::RetestPlan</name>
        <message>
            <location filename="../core/lifecycle/retestplan.cpp" line="35" />
            <source>%1 %2: tested on firmware %3%4; run the device test again on %5</source>
            <translation>%1 %2: ファームウェア %3 で試験済み%4。%5 で実機テストを再実施してください</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewDock</name>
        <message>
            <location filename="../forms/review/reviewdock.cpp" line="44" />
            <source>Review and sign-off</source>
            <translation>レビューと承認</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewdock.cpp" line="45" />
            <source>Sign-off and remarks</source>
            <translation>承認と全体コメント</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewdock.cpp" line="46" />
            <source>Changes since</source>
            <translation>変更点</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewPanel</name>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="165" />
            <source>No declaration open</source>
            <translation>宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="174" />
            <source>Review state: %1</source>
            <translation>レビュー状態: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/reviewpanel.cpp" line="178" />
            <source>%n open comment(s) of %1</source>
            <translation>
                <numerusform>未解決のコメント %n 件（全 %1 件）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="179" />
            <source>No open comments (%1 in all)</source>
            <translation>未解決のコメントはありません（全 %1 件）</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="184" />
            <source>The operating-system account (or server user) that recorded this step; the name beside it is what was typed into Your name…</source>
            <translation>この手順を記録した OS のアカウント（サーバーではサーバーのユーザー）。隣の名前は「あなたの名前」に入力されたものです</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="186" />
            <source>Fingerprint %1</source>
            <translation>フィンガープリント %1</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="208" />
            <source>Approved by %1 on %2 · fingerprint %3</source>
            <translation>承認: %1（%2）· フィンガープリント %3</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="210" />
            <source>Not approved yet.</source>
            <translation>まだ承認されていません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/reviewpanel.cpp" line="216" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… ほか %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="217" />
            <source>⚠ Stale: the declaration changed since it was approved.</source>
            <translation>⚠ 承認が古くなっています: 承認後に宣言が変更されました。</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="242" />
            <source>⚠ The approval was given from the same account (%1) that asked for the review or changed the declaration: the names differ, but it may be one person.</source>
            <translation>⚠ 承認は、レビューを依頼した、または適合宣言を変更したのと同じアカウント（%1）から行われました。名前は違っても、同じ人かもしれません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/reviewpanel.cpp" line="263" />
            <source>You still have %n open comment(s) on this declaration. Approve anyway?</source>
            <translation>
                <numerusform>この適合宣言に、あなたの未解決のコメントが %n 件あります。それでも承認しますか？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="282" />
            <source>Request review</source>
            <translation>レビューを依頼</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="289" />
            <source>Account</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="264" />
            <location filename="../forms/review/reviewpanel.cpp" line="283" />
            <source>Approve</source>
            <translation>承認</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="39" />
            <source>(not recorded)</source>
            <translation>（記録なし）</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="198" />
            <location filename="../forms/review/reviewpanel.cpp" line="284" />
            <source>Approve the declaration as it is now; its content fingerprint is recorded. Whoever changed it since the last approval cannot approve it.</source>
            <translation>現在の内容で宣言を承認します。内容のフィンガープリントが記録されます。前回の承認以降に宣言を変更した人は承認できません。</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="286" />
            <source>Request changes</source>
            <translation>修正を依頼</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="287" />
            <source>Reason (required to request changes)</source>
            <translation>理由（修正依頼には必須）</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="288" />
            <source>Sign-offs</source>
            <translation>承認の記録</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="289" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="289" />
            <source>Who</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="289" />
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="289" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewPeriodsDialog</name>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="23" />
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="24" />
            <source> months</source>
            <translation> か月</translation>
        </message>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="34" />
            <source>Review periods</source>
            <translation>見直し期間</translation>
        </message>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="36" />
            <source>Evidence without its own review date is due to be looked at again this many months after its effective date (a device test: its test date). Past that date the gate warns, the portfolio counts it and the reminders list it.</source>
            <translation>見直し期限を個別に持たない根拠は、有効日（実機テストでは試験日）からこの月数が経つと見直しの対象になります。期限を過ぎると、提出前チェックが警告し、ポートフォリオが件数を数え、リマインダーに載ります。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="44" />
            <source>&amp;Documents:</source>
            <translation>文書(&amp;D):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="45" />
            <source>De&amp;vice tests:</source>
            <translation>実機テスト(&amp;V):</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewRules</name>
        <message numerus="yes">
            <location filename="../core/gate/reviewrules.cpp" line="26" />
            <source>and %n more change(s)</source>
            <translation>
                <numerusform>ほか %n 件の変更</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="28" />
            <source>the declaration's content differs from what was approved</source>
            <translation>申請内容が承認時の内容と異なります</translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="41" />
            <source>The approval by %1 on %2 is out of date; changed since: %3.</source>
            <translation>%1 による %2 の承認は最新ではありません。承認後の変更：%3。</translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="44" />
            <source>The approval by %1 on %2 is out of date: %3 changed since (%4).</source>
            <translation>%1 による %2 の承認は最新ではありません。承認後に %3 が変更されました（%4）。</translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="50" />
            <source>This workspace requires an approval before export, and the declaration is %1.</source>
            <translation>このワークスペースでは書き出しの前に承認が必要ですが、この申請は「%1」です。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/gate/reviewrules.cpp" line="55" />
            <source>%n review comment(s) are still open.</source>
            <translation>
                <numerusform>未解決のレビューコメントが %n 件あります。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::SafeZipReader</name>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="114" />
            <source>The archive has not been opened.</source>
            <translation>アーカイブが開かれていません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="118" />
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="263" />
            <source>Can not open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="121" />
            <source>%1 changed while it was being read.</source>
            <translation>%1 は読み込み中に変更されました。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="133" />
            <source>%1 can not be read as a ZIP archive: %2</source>
            <translation>%1 をZIPアーカイブとして読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="153" />
            <source>%1 is damaged: only %2 of its %3 entries could be read.</source>
            <translation>%1 は破損しています: %3 件のエントリのうち %2 件しか読み込めませんでした。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="159" />
            <source>%1 is damaged: %2</source>
            <translation>%1 は破損しています: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="161" />
            <source>unreadable entry header</source>
            <translation>エントリのヘッダーを読み込めません</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="165" />
            <source>%1: an entry name can not be decoded.</source>
            <translation>%1: エントリ名を解読できません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="174" />
            <source>%1: the entry "%2" is named differently in its local header and in the central directory.</source>
            <translation>%1: エントリ「%2」は、ローカルヘッダーとセントラルディレクトリで名前が異なります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="177" />
            <source>%1: the entry "%2" was met twice.</source>
            <translation>%1: エントリ「%2」が2回出現しました。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="181" />
            <source>%1: the entry "%2" is not a regular file.</source>
            <translation>%1: エントリ「%2」は通常のファイルではありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="211" />
            <source>%1: the entry "%2" holds %3 bytes, but its header says %4.</source>
            <translation>%1: エントリ「%2」の内容は %3 バイトですが、ヘッダーでは %4 バイトとなっています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="219" />
            <source>%1: the entry "%2" is damaged: %3</source>
            <translation>%1: エントリ「%2」は破損しています: %3</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="223" />
            <source>unreadable data</source>
            <translation>読み込めないデータ</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="226" />
            <source>%1: the entry "%2" has a hole in its data.</source>
            <translation>%1: エントリ「%2」のデータに欠落があります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="230" />
            <source>%1: the entry "%2" holds more data than its header says (%3 bytes).</source>
            <translation>%1: エントリ「%2」にはヘッダーの記載（%3 バイト）より多くのデータがあります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="233" />
            <source>%1 unpacks to more than %2 bytes, the limit.</source>
            <translation>%1 は展開すると上限の %2 バイトを超えます。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="236" />
            <source>%1: the entry "%2" unpacks to more than %3 times its compressed size (a zip bomb?).</source>
            <translation>%1: エントリ「%2」は展開すると圧縮時の %3 倍を超えます（ZIP爆弾の可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="267" />
            <location filename="../core/archive/safezipreader.cpp" line="285" />
            <location filename="../core/archive/safezipreader.cpp" line="313" />
            <location filename="../core/archive/safezipreader.cpp" line="349" />
            <source>%1 holds no file "%2".</source>
            <translation>%1 にはファイル「%2」がありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="272" />
            <source>%1: "%2" is larger than %3 bytes.</source>
            <translation>%1: 「%2」は %3 バイトより大きいです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="316" />
            <location filename="../core/archive/safezipreader.cpp" line="331" />
            <source>%1 is not a folder.</source>
            <translation>%1 はフォルダではありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="327" />
            <source>%1 is a symbolic link; nothing is extracted through it.</source>
            <translation>%1 はシンボリックリンクです。これを経由した展開は行いません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="329" />
            <source>Can not create the folder %1.</source>
            <translation>フォルダ %1 を作成できません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="338" />
            <source>The entry "%1" would leave the folder.</source>
            <translation>エントリ「%1」はフォルダの外に出てしまいます。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="356" />
            <source>Can not create %1: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="367" />
            <location filename="../core/archive/safezipreader.cpp" line="374" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="266" />
            <source>%1 is not a ZIP archive (or it is truncated).</source>
            <translation>%1 はZIPアーカイブではありません（または途中で切れています）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="110" />
            <source>Can not read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="120" />
            <source>%1 is not a complete ZIP archive: its end record is missing (the file may be truncated).</source>
            <translation>%1 は完全なZIPアーカイブではありません: 終端レコードがありません（ファイルが途中で切れている可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="93" />
            <source>%1 is damaged: its ZIP64 end record is missing.</source>
            <translation>%1 は破損しています: ZIP64の終端レコードがありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="136" />
            <source>%1 is a multi-part archive, which is not supported.</source>
            <translation>%1 は分割アーカイブです。分割アーカイブには対応していません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="138" />
            <source>%1 has %2 entries, more than the limit of %3.</source>
            <translation>%1 には %2 件のエントリがあり、上限の %3 件を超えています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="140" />
            <source>%1 has a central directory of %2 bytes, more than the limit of %3.</source>
            <translation>%1 のセントラルディレクトリは %2 バイトで、上限の %3 バイトを超えています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="143" />
            <source>%1 is damaged: its central directory lies outside the file (truncated?).</source>
            <translation>%1 は破損しています: セントラルディレクトリがファイルの外を指しています（途中で切れている可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="272" />
            <source>Can not read the central directory of %1.</source>
            <translation>%1 のセントラルディレクトリを読み込めません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="223" />
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="233" />
            <source>%1 is damaged: central directory entry %2 is broken.</source>
            <translation>%1 は破損しています: セントラルディレクトリのエントリ %2 が壊れています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="180" />
            <source>%1: the entry name "%2" is not marked as UTF-8.</source>
            <translation>%1: エントリ名「%2」にUTF-8の指定がありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="184" />
            <source>%1: an entry name is not valid UTF-8.</source>
            <translation>%1: エントリ名が正しいUTF-8ではありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="186" />
            <source>%1: the entry "%2" is encrypted, which is not supported.</source>
            <translation>%1: エントリ「%2」は暗号化されています。暗号化には対応していません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="188" />
            <source>%1: the entry "%2" uses compression method %3; only store and deflate are accepted.</source>
            <translation>%1: エントリ「%2」は圧縮方式 %3 を使っています。受け付けるのは無圧縮（store）とdeflateだけです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="201" />
            <source>%1: the entry "%2" is a symbolic link; only regular files are accepted.</source>
            <translation>%1: エントリ「%2」はシンボリックリンクです。受け付けるのは通常のファイルだけです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="204" />
            <source>%1: the entry "%2" is a device or other special file; only regular files are accepted.</source>
            <translation>%1: エントリ「%2」はデバイスなどの特殊ファイルです。受け付けるのは通常のファイルだけです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="208" />
            <source>%1: the entry "%2" is marked as a file but named like a folder.</source>
            <translation>%1: エントリ「%2」はファイルとされていますが、フォルダのような名前です。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="250" />
            <source>%1: the entry "%2" has impossible sizes or offsets.</source>
            <translation>%1: エントリ「%2」のサイズまたは位置があり得ない値です。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="312" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="319" />
            <source>%1: the entry "%2" appears more than once.</source>
            <translation>%1: エントリ「%2」が複数回出現します。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="320" />
            <source>%1: the entries "%2" and "%3" differ only in letter case or Unicode normalisation.</source>
            <translation>%1: エントリ「%2」と「%3」は大文字・小文字またはUnicodeの正規化だけが異なります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="329" />
            <source>%1: the folder entry "%2" has content.</source>
            <translation>%1: フォルダのエントリ「%2」に内容があります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="331" />
            <source>%1: the stored entry "%2" has inconsistent sizes.</source>
            <translation>%1: 無圧縮のエントリ「%2」のサイズが一致しません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="333" />
            <source>%1: the entry "%2" would unpack to %3 bytes, more than the limit of %4.</source>
            <translation>%1: エントリ「%2」は展開すると %3 バイトになり、上限の %4 バイトを超えます。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="337" />
            <source>%1: the entry "%2" would unpack to %3 bytes from %4 (compression ratio above %5: a zip bomb?).</source>
            <translation>%1: エントリ「%2」は %4 バイトから %3 バイトに展開されます（圧縮率が %5 を超えています。ZIP爆弾の可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="341" />
            <source>%1 would unpack to more than %2 bytes, the limit.</source>
            <translation>%1 は展開すると上限の %2 バイトを超えます。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="347" />
            <source>%1: the entry "%2" overlaps the next one (a zip bomb or a damaged archive).</source>
            <translation>%1: エントリ「%2」が次のエントリと重なっています（ZIP爆弾か、破損したアーカイブです）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="363" />
            <source>%1: "%2" is both a file and a folder.</source>
            <translation>%1: 「%2」はファイルとフォルダの両方として存在します。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="368" />
            <source>%1: the folders "%2" and "%3" differ only in letter case or Unicode normalisation.</source>
            <translation>%1: フォルダ「%2」と「%3」は大文字・小文字またはUnicodeの正規化だけが異なります。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ServerAccess</name>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="95" />
            <source>%1 is a workspace file; users and roles apply to a workspace on a PostgreSQL server (postgresql://...).</source>
            <translation>%1 はワークスペースファイルです。ユーザーとロールは PostgreSQL サーバー上のワークスペース（postgresql://...）に適用されます。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="104" />
            <source>Cannot connect to %1: %2</source>
            <translation>%1 に接続できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="109" />
            <source>%1 cannot be used: %2</source>
            <translation>%1 は使用できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="119" />
            <location filename="../core/storage/serveraccess.cpp" line="129" />
            <location filename="../core/storage/serveraccess.cpp" line="152" />
            <location filename="../core/storage/serveraccess.cpp" line="178" />
            <location filename="../core/storage/serveraccess.cpp" line="266" />
            <location filename="../core/storage/serveraccess.cpp" line="323" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み取れません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="133" />
            <source>Users and roles are not set up in %1 yet; run "hoshi-cli server init" first.</source>
            <translation>%1 ではユーザーとロールがまだ設定されていません。先に "hoshi-cli server init" を実行してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="145" />
            <source>The database %1 holds no Hoshi workspace yet.</source>
            <translation>データベース %1 にはまだ Hoshi のワークスペースがありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="156" />
            <source>Only the owner of the workspace or a superuser can set up users and roles; %1 is neither.</source>
            <translation>ユーザーとロールを設定できるのはワークスペースの所有者またはスーパーユーザーだけです。%1 はそのどちらでもありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="163" />
            <location filename="../core/storage/serveraccess.cpp" line="285" />
            <location filename="../core/storage/serveraccess.cpp" line="307" />
            <source>Cannot save: %1</source>
            <translation>保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="173" />
            <location filename="../core/storage/serveraccess.cpp" line="209" />
            <source>Cannot set up users and roles in %1: %2</source>
            <translation>%1 にユーザーとロールを設定できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="194" />
            <source>The table(s) %1 in %2 have no access rule; this version of Hoshi cannot protect them, so nothing was changed.</source>
            <translation>%2 のテーブル %1 にはアクセス規則がありません。このバージョンの Hoshi では保護できないため、何も変更していません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="256" />
            <source>Name a user (a PostgreSQL role that can log in), not "%1".</source>
            <translation>"%1" ではなく、ユーザー（ログインできる PostgreSQL ロール）を指定してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="264" />
            <source>There is no user "%1" on the server. Create it first, for example with: createuser %1</source>
            <translation>サーバーにユーザー "%1" がありません。先に作成してください（例: createuser %1）。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="271" />
            <source>There is no organisation with the id %1.</source>
            <translation>ID %1 の組織はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="279" />
            <source>Cannot grant %1 access to organisation %2: %3</source>
            <translation>%1 に組織 %2 へのアクセスを付与できません: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="299" />
            <source>Cannot revoke the access of %1: %2</source>
            <translation>%1 のアクセスを取り消せません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="303" />
            <source>%1 has no access to organisation %2.</source>
            <translation>%1 は組織 %2 へのアクセス権を持っていません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ServerRefusal</name>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="48" />
            <source>The server cannot be reached. The window is read-only until the connection is back; Hoshi reconnects by itself, and what you typed is kept and offered again.</source>
            <translation>サーバーに接続できません。接続が戻るまでウィンドウは読み取り専用です。Hoshi は自動的に再接続し、入力した内容は保持して後で再び提示します。</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="68" />
            <source>Only a reviewer of this organisation may approve a declaration; your role here does not allow it.</source>
            <translation>宣言を承認できるのはこの組織のレビュー担当者だけです。この組織でのあなたの役割では承認できません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="72" />
            <source>You changed this declaration since its last approval, so another reviewer must approve it.</source>
            <translation>あなたは前回の承認以降にこの宣言を変更したため、別のレビュー担当者が承認する必要があります。</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="75" />
            <source>The server did not accept the change: the record belongs to an organisation you may not change.</source>
            <translation>サーバーは変更を受け付けませんでした。このレコードは、あなたが変更できない組織のものです。</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="79" />
            <source>The server did not accept the change: your role in this organisation may read it but not change it. What is stored is shown again.</source>
            <translation>サーバーは変更を受け付けませんでした。この組織でのあなたの役割では、閲覧はできますが変更はできません。保存されている内容を再表示します。</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="83" />
            <source>The workspace is open read-only on the server; nothing was changed.</source>
            <translation>ワークスペースはサーバー上で読み取り専用で開かれています。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="86" />
            <source>The server keeps this record as it was written; it cannot be changed or removed.</source>
            <translation>サーバーはこのレコードを書き込まれたとおりに保持します。変更も削除もできません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="89" />
            <source>The server did not accept the change; nothing was saved. The details say why.</source>
            <translation>サーバーは変更を受け付けませんでした。何も保存されていません。理由は詳細を参照してください。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ServerRoles</name>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="96" />
            <source>Cannot read your roles on %1: %2</source>
            <translation>%1 でのあなたの役割を読み取れません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="137" />
            <source>no role</source>
            <translation>役割なし</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="139" />
            <source>auditor</source>
            <translation>監査担当者</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="141" />
            <source>preparer</source>
            <translation>作成担当者</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="143" />
            <source>reviewer</source>
            <translation>レビュー担当者</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="145" />
            <source>owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="156" />
            <source>You are an auditor of %1: you can read everything, but not change it.</source>
            <translation>あなたは %1 の監査担当者です。すべて閲覧できますが、変更はできません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="157" />
            <source>You have no role in %1 that allows changes.</source>
            <translation>%1 で変更を許可された役割がありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="164" />
            <source>Only a reviewer of %1 may approve; you are its %2.</source>
            <translation>承認できるのは %1 のレビュー担当者だけです。あなたの役割は%2です。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ServerStateBanner</name>
        <message numerus="yes">
            <location filename="../forms/mainwindow/connectionwatch.cpp" line="98" />
            <source>Trying again in %n second(s)…</source>
            <translation>
                <numerusform>%n 秒後に再接続を試みます…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/connectionwatch.cpp" line="99" />
            <source>Trying to reconnect…</source>
            <translation>再接続を試みています…</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Session</name>
        <message>
            <location filename="../forms/session/session.cpp" line="185" />
            <location filename="../forms/session/session_connection.cpp" line="27" />
            <source>No workspace is open.</source>
            <translation>ワークスペースが開かれていません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="189" />
            <location filename="../forms/session/session_connection.cpp" line="31" />
            <location filename="../forms/session/session_review.cpp" line="30" />
            <location filename="../forms/session/session_review.cpp" line="40" />
            <location filename="../forms/session/session_review.cpp" line="88" />
            <location filename="../forms/session/session_review.cpp" line="101" />
            <source>This workspace is open read-only; nothing can be changed.</source>
            <translation>このワークスペースは読み取り専用で開かれているため、変更できません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="258" />
            <source>This evidence no longer exists.</source>
            <translation>このエビデンスはもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="261" />
            <source>Edit evidence "%1"</source>
            <translation>エビデンス「%1」を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="270" />
            <source>This product no longer exists.</source>
            <translation>この製品はもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="273" />
            <source>Edit product "%1"</source>
            <translation>製品「%1」を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="282" />
            <source>This organisation no longer exists.</source>
            <translation>この組織はもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="285" />
            <source>Edit organisation "%1"</source>
            <translation>組織「%1」を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="320" />
            <source>This declaration no longer exists.</source>
            <translation>この適合宣言はもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="323" />
            <source>Edit declaration details</source>
            <translation>適合宣言の詳細を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session_live.cpp" line="81" />
            <source>The declaration you had open was removed by someone else.</source>
            <translation>開いていた適合宣言は他の人によって削除されました。</translation>
        </message>
        <message>
            <location filename="../forms/session/session_evidence.cpp" line="138" />
            <source>Evidence removed. Undo (Ctrl+Z) brings it back.</source>
            <translation>エビデンスを削除しました。元に戻す（Ctrl+Z）で復元できます。</translation>
        </message>
        <message>
            <location filename="../forms/session/session_evidence.cpp" line="158" />
            <source>The new evidence record was not kept.</source>
            <translation>新しいエビデンスの記録は保存しませんでした。</translation>
        </message>
        <message>
            <location filename="../forms/session/session_forms.cpp" line="26" />
            <location filename="../forms/session/session_review.cpp" line="50" />
            <source>No declaration is open.</source>
            <translation>宣言が開かれていません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session_connection.cpp" line="36" />
            <source>Your roles on this server allow reading only; nothing can be changed.</source>
            <translation>このサーバーでのあなたの役割は閲覧のみです。何も変更できません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session_reads.cpp" line="31" />
            <source>Reading the workspace in the background is off: %1</source>
            <translation>ワークスペースのバックグラウンド読み取りを停止しました: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SheetGridModel</name>
        <message>
            <location filename="../forms/formmapping/sheetgridmodel.cpp" line="81" />
            <source>point %1</source>
            <translation>評価項目 %1</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/sheetgridmodel.cpp" line="83" />
            <source>set by you</source>
            <translation>手動で設定</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ShelfLife</name>
        <message>
            <location filename="../core/domain/shelflife.cpp" line="41" />
            <source>The review date %1 is before the evidence's effective date %2.</source>
            <translation>見直し期限 %1 が根拠の有効日 %2 より前です。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ShelfLifeRules</name>
        <message>
            <location filename="../core/gate/shelfliferules.cpp" line="20" />
            <source>%1: the evidence "%2" was to be reviewed by %3; check that it still holds, or replace it.</source>
            <translation>%1: 根拠「%2」は %3 までに見直す予定でした。今も成り立つか確認するか、差し替えてください。</translation>
        </message>
        <message>
            <location filename="../core/gate/shelfliferules.cpp" line="22" />
            <source>%1: the evidence "%2" (effective %3) is past the workspace's review period for its kind (due %4); check that it still holds, or replace it.</source>
            <translation>%1: 根拠「%2」（有効日 %3）は、この種類に対するワークスペースの見直し期間を過ぎています（期限 %4）。今も成り立つか確認するか、差し替えてください。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SignatureCheck</name>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="65" />
            <source>The signature file is not a CMS signature: %1</source>
            <translation>署名ファイルはCMS署名ではありません: %1</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="88" />
            <source>The signature does not match the signed file (%1).</source>
            <translation>署名が署名対象のファイルと一致しません（%1）。</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="89" />
            <source>The signature names no signer certificate (%1).</source>
            <translation>署名に署名者の証明書が含まれていません（%1）。</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="109" />
            <source>The certificate was not valid at the signing time.</source>
            <translation>署名の時点で証明書が有効ではありませんでした。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::StartStrip</name>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="83" />
            <source>Getting started</source>
            <translation>はじめに</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="84" />
            <source>A declaration belongs to a product, and a product to an organisation (the manufacturer): create them in this order. Each is saved at once; rename or remove them with the navigator's context menu.</source>
            <translation>適合宣言は製品に、製品は組織（製造者）に属します。この順に作成してください。どれも作成と同時に保存されます。名前の変更や削除はナビゲーターの右クリックメニューから行えます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="87" />
            <source>1 Organisation</source>
            <translation>1 組織</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="88" />
            <source>Add organisation</source>
            <translation>組織を追加</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="89" />
            <source>2 Product</source>
            <translation>2 製品</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="90" />
            <source>Add product</source>
            <translation>製品を追加</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="91" />
            <source>3 Declaration</source>
            <translation>3 適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="92" />
            <source>Create declaration…</source>
            <translation>適合宣言を作成…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="100" />
            <source>Needs an organisation first (step 1).</source>
            <translation>先に組織が必要です（手順 1）。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="101" />
            <source>Needs a product first (step 2).</source>
            <translation>先に製品が必要です（手順 2）。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="102" />
            <source>The manufacturer: name, corporate number, contact.</source>
            <translation>製造者の名称、法人番号、連絡先。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="103" />
            <source>Model numbers, firmware, support period, contacts.</source>
            <translation>型番、ファームウェア、サポート期間、窓口。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="104" />
            <source>Criteria set and route; then every item's verdict and evidence.</source>
            <translation>評価基準と申請ルート。その後、各項目の判定とエビデンス。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="109" />
            <source>✓ Done (%1)</source>
            <translation>✓ 完了（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/mainwindow/startstrip.cpp" line="109" />
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>組織 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/mainwindow/startstrip.cpp" line="110" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>製品 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="117" />
            <source>The workspace is open read-only.</source>
            <translation>ワークスペースは読み取り専用で開かれています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::StrictJson</name>
        <message>
            <location filename="../core/util/strictjson.cpp" line="26" />
            <source>not valid JSON (at byte %1: %2)</source>
            <translation>JSON として正しくありません（%1 バイト目: %2）</translation>
        </message>
        <message>
            <location filename="../core/util/strictjson.cpp" line="33" />
            <source>nested more than %1 levels deep</source>
            <translation>入れ子が %1 段を超えています</translation>
        </message>
        <message>
            <location filename="../core/util/strictjson.cpp" line="38" />
            <source>the key "%1" appears twice in one object (%2); JSON keeps only one of the values, so the file is ambiguous</source>
            <translation>1 つのオブジェクトにキー「%1」が 2 回あります（%2）。JSON では一方の値しか残らないため、内容があいまいです</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SubmissionGate</name>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="74" />
            <source>Organisation: "%1" is not a corporate number (13 digits, the first being the check digit of the other twelve).</source>
            <translation>組織: 「%1」は法人番号ではありません（13 桁で、先頭の 1 桁が残り 12 桁のチェックデジットです）。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="78" />
            <source>Organisation: "%1" is not a valid e-mail address.</source>
            <translation>組織: 「%1」はメールアドレスの形式ではありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="81" />
            <source>Organisation: "%1" is not a valid web address.</source>
            <translation>組織: 「%1」はウェブアドレス（URL）の形式ではありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="87" />
            <source>Product information: "%1" is neither a valid e-mail address nor a valid web address.</source>
            <translation>製品情報: 「%1」はメールアドレスとしてもウェブアドレスとしても正しい形式ではありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="100" />
            <source>manufacturer name</source>
            <translation>製造事業者名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="101" />
            <source>product name</source>
            <translation>製品名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="102" />
            <source>model number</source>
            <translation>型番</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="103" />
            <source>product category</source>
            <translation>製品類型</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="104" />
            <source>firmware name</source>
            <translation>対象ファームウェア名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="105" />
            <source>conforming firmware version</source>
            <translation>適合ファームウェアのバージョン</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="106" />
            <source>support period end date</source>
            <translation>サポート期間の終了日</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="107" />
            <source>product inquiry contact</source>
            <translation>製品の問い合わせ先</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="108" />
            <source>vulnerability reporting contact</source>
            <translation>脆弱性の報告先</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="113" />
            <source>Product information: the %1 is missing.</source>
            <translation>製品情報: %1が入力されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="117" />
            <source>Product information: the support period ended on %1.</source>
            <translation>製品情報: サポート期間は %1 に終了しています。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="122" />
            <source>Product information: "%1" is not a valid web address.</source>
            <translation>製品情報: 「%1」は正しいWebアドレスではありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="131" />
            <source>UK PSTI route: the PSTI statement of compliance (or its URL) is missing.</source>
            <translation>英国PSTIルート: PSTIの適合宣言書（またはそのURL）がありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="134" />
            <source>The evaluation completion date is not set.</source>
            <translation>評価完了日が入力されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="146" />
            <source>result summary</source>
            <translation>結果の概要</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="148" />
            <source>test date</source>
            <translation>試験日</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="150" />
            <source>firmware version</source>
            <translation>ファームウェアのバージョン</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="152" />
            <source>an attached file</source>
            <translation>添付ファイル</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="173" />
            <source>the document title</source>
            <translation>文書名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="175" />
            <source>where in it the basis is stated (page, chapter or URL)</source>
            <translation>根拠が記載されている箇所（ページ、章またはURL）</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="177" />
            <source>the attached SBOM file</source>
            <translation>SBOMファイルの添付</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="179" />
            <source>%1: the document review evidence lacks %2.</source>
            <translation>%1: 文書評価のエビデンスに%2がありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="179" />
            <source> and </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="183" />
            <source>%1: conforming, but no SBOM (document evidence with the SBOM file) is recorded.</source>
            <translation>%1: 適合としていますが、SBOM（SBOMファイルを添付した文書エビデンス）が記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="184" />
            <source>%1: conforming, but no document review evidence is recorded.</source>
            <translation>%1: 適合としていますが、文書評価のエビデンスが記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="204" />
            <source>%1: the device test evidence lacks %2.</source>
            <translation>%1: 実機テストのエビデンスに%2がありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="204" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="209" />
            <source>%1: conforming, but no penetration test evidence is recorded.</source>
            <translation>%1: 適合としていますが、ペネトレーションテストのエビデンスが記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="210" />
            <source>%1: conforming, but no device test evidence is recorded.</source>
            <translation>%1: 適合としていますが、実機テストのエビデンスが記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="223" />
            <source>%1: not assessed yet.</source>
            <translation>%1: まだ評価していません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="227" />
            <source>%1: non-conforming. Nothing can be submitted while any item fails.</source>
            <translation>%1: 不適合です。不適合の項目が1つでもあると申請できません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="232" />
            <source>%1: this item can not be declared not applicable.</source>
            <translation>%1: この項目は対象外にできません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="235" />
            <source>%1: not applicable needs a justification (allowed only when: %2).</source>
            <translation>%1: 対象外とするには理由が必要です（対象外にできる条件: %2）。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="239" />
            <source>%1: the justification is very short; say why the N/A condition holds for this product.</source>
            <translation>%1: 非該当の理由が短すぎます。この製品で非該当の条件が成り立つ理由を記述してください。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="255" />
            <source>%1: the document "%2" is referenced but not attached; keep a copy with the evidence.</source>
            <translation>%1: 文書「%2」を参照していますが添付されていません。写しをエビデンスとして保管してください。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="273" />
            <source>%1: the device test on firmware %2 is kept as history; the item was tested again on firmware %3.</source>
            <translation>%1: ファームウェア %2 での実機テストは履歴として残っています。この項目はファームウェア %3 で再テスト済みです。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="278" />
            <source>%1: the device test was run on firmware %2, but the declaration is for firmware %3.</source>
            <translation>%1: 実機テストはファームウェア %2 で実施されていますが、適合宣言の対象はファームウェア %3 です。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="287" />
            <source>%1: the evidence file "%2" no longer matches its recorded SHA-256.</source>
            <translation>%1: エビデンスのファイル「%2」が記録されたSHA-256と一致しません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SubsetExport</name>
        <message>
            <location filename="../core/export/subsetexport.cpp" line="21" />
            <source>Name at least one item for the subset.</source>
            <translation>部分アーカイブに含める項目を 1 つ以上指定してください。</translation>
        </message>
        <message>
            <location filename="../core/export/subsetexport.cpp" line="22" />
            <source>%1 has no item %2.</source>
            <translation>%1 に項目 %2 はありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SyncConflictView</name>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="105" />
            <source>(removed)</source>
            <translation>（削除済み）</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="105" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="108" />
            <source>the whole record</source>
            <translation>レコード全体</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="109" />
            <source>(not known)</source>
            <translation>（不明）</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="115" />
            <source>Decide…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="116" />
            <location filename="../forms/sync/syncconflictview.cpp" line="204" />
            <source>This copy</source>
            <translation>このコピー</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="117" />
            <location filename="../forms/sync/syncconflictview.cpp" line="205" />
            <source>The other copy</source>
            <translation>もう一方のコピー</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="119" />
            <location filename="../forms/sync/syncconflictview.cpp" line="205" />
            <source>Edited value</source>
            <translation>編集した値</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/sync/syncconflictview.cpp" line="200" />
            <source>%n conflict(s): both copies changed the same thing. Decide each one; nothing is written until every conflict is decided.</source>
            <translation>
                <numerusform>競合 %n 件: 両方のコピーで同じ項目が変更されています。それぞれ決めてください。すべての競合を決めるまで何も書き込みません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="202" />
            <source>All: this copy</source>
            <translation>すべてこのコピー</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="203" />
            <source>All: the other copy</source>
            <translation>すべてもう一方のコピー</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="204" />
            <source>Record</source>
            <translation>レコード</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="204" />
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="204" />
            <source>Before (both agreed)</source>
            <translation>前回の同期時</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="205" />
            <source>Keep</source>
            <translation>採用</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SyncDialog</name>
        <message>
            <location filename="../app/gui/screenshot_sync.cpp" line="51" />
            <location filename="../forms/sync/syncdialog.cpp" line="187" />
            <source>Synchronise</source>
            <translation>同期</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="188" />
            <source>&amp;Other copy:</source>
            <translation>もう一方のコピー(&amp;O):</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="189" />
            <source>A .hoshi file or a server address (postgresql://…)</source>
            <translation>.hoshi ファイルまたはサーバーのアドレス（postgresql://…）</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="190" />
            <source>&amp;File…</source>
            <translation>ファイル(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="191" />
            <source>&amp;Server…</source>
            <translation>サーバー(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="192" />
            <source>Or&amp;ganisation:</source>
            <translation>組織(&amp;G):</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="193" />
            <source>All organisations</source>
            <translation>すべての組織</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="194" />
            <source>&amp;Preview</source>
            <translation>プレビュー(&amp;P)</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="195" />
            <source>What goes each way</source>
            <translation>それぞれの方向に送られるもの</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="196" />
            <source>Record type</source>
            <translation>レコードの種類</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="196" />
            <source>To this copy</source>
            <translation>このコピーへ</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="196" />
            <source>To the other copy</source>
            <translation>もう一方のコピーへ</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="197" />
            <source>Records affected</source>
            <translation>対象のレコード</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="198" />
            <source>Goes to</source>
            <translation>送り先</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="198" />
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="198" />
            <source>Record</source>
            <translation>レコード</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="200" />
            <source>S&amp;ynchronise</source>
            <translation>同期(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="201" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="202" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="204" />
            <source>Choose the other copy and preview what the synchronisation would do. Nothing is written until you press Synchronise.</source>
            <translation>もう一方のコピーを選び、同期で何が起きるかをプレビューしてください。「同期」を押すまで何も書き込みません。</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="239" />
            <source>The other copy</source>
            <translation>もう一方のコピー</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="239" />
            <source>Hoshi workspaces (*.hoshi)</source>
            <translation>Hoshi ワークスペース (*.hoshi)</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="300" />
            <source>That is the workspace open here. Choose the other copy.</source>
            <translation>それはここで開いているワークスペースです。もう一方のコピーを選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="315" />
            <source>This workspace is open read-only here; open it for writing to synchronise it.</source>
            <translation>このワークスペースは読み取り専用で開かれています。同期するには書き込み可能で開いてください。</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="332" />
            <source>Cancelled; nothing was written.</source>
            <translation>キャンセルしました。何も書き込んでいません。</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="342" />
            <source>The other copy changed since the preview. Nothing was written; decide the conflicts below and synchronise again.</source>
            <translation>プレビューの後にもう一方のコピーが変更されました。何も書き込んでいません。下の競合を決めて、もう一度同期してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/sync/syncdialog.cpp" line="346" />
            <source>Synchronised with %1: %n record(s) came to this copy</source>
            <translation>
                <numerusform>%1 と同期しました: このコピーへ %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/sync/syncdialog.cpp" line="349" />
            <source>%n record(s) went to the other copy.</source>
            <translation>
                <numerusform>もう一方のコピーへ %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="361" />
            <source>Nothing was written. %1</source>
            <translation>何も書き込んでいません。%1</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="362" />
            <source>Preview not possible</source>
            <translation>プレビューできません</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="363" />
            <source>Synchronisation refused</source>
            <translation>同期できません</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="389" />
            <source>→ this copy</source>
            <translation>→ このコピー</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="389" />
            <source>→ the other copy</source>
            <translation>→ もう一方のコピー</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="397" />
            <source>Both copies hold the same records; nothing to do.</source>
            <translation>両方のコピーは同じレコードを持っています。何もすることはありません。</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="399" />
            <source>First synchronisation between these copies.</source>
            <translation>これらのコピーの間では初めての同期です。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/sync/syncdialog.cpp" line="401" />
            <source>%n record(s) would change; %1 of file content would be copied.</source>
            <translation>
                <numerusform>%n 件のレコードが変わります。ファイルの内容 %1 をコピーします。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::SyncNames</name>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="15" />
            <source>Workspace settings</source>
            <translation>ワークスペース設定</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="16" />
            <source>Organisations</source>
            <translation>組織</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="17" />
            <source>Products</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="18" />
            <source>Declarations</source>
            <translation>適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="19" />
            <source>Declaration names</source>
            <translation>適合宣言の名称</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="20" />
            <source>Point adjustments</source>
            <translation>評価ポイントの調整</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="21" />
            <source>Assessments</source>
            <translation>評価</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="22" />
            <source>Point choices</source>
            <translation>評価ポイントの選択</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="23" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="24" />
            <source>Evidence links</source>
            <translation>エビデンスの紐付け</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="25" />
            <source>Point links</source>
            <translation>評価ポイントの紐付け</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="26" />
            <source>PSTI statements</source>
            <translation>PSTI 適合声明</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="27" />
            <source>Evidence files</source>
            <translation>エビデンスファイル</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="28" />
            <source>Official forms</source>
            <translation>公式様式</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="29" />
            <source>History entries</source>
            <translation>変更履歴</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="30" />
            <source>Baselines</source>
            <translation>ベースライン</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="31" />
            <source>Comments</source>
            <translation>コメント</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="32" />
            <source>Sign-offs</source>
            <translation>承認の記録</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="40" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="41" />
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="42" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="43" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="44" />
            <source>Name (English)</source>
            <translation>名称（英語）</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="45" />
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="46" />
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="47" />
            <source>Address</source>
            <translation>所在地</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="48" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="57" />
            <source>new</source>
            <translation>新規</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="59" />
            <source>changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="61" />
            <source>removed</source>
            <translation>削除</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SyncRunner</name>
        <message>
            <location filename="../forms/sync/syncrunner.cpp" line="68" />
            <source>The synchronisation ended without a result.</source>
            <translation>同期は結果を返さずに終了しました。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SyncStatusLabel</name>
        <message>
            <location filename="../forms/sync/syncstatuslabel.cpp" line="38" />
            <source>Synchronised with %1 at %2</source>
            <translation>%1 と同期済み（%2）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::TableWriter</name>
        <message>
            <location filename="../core/export/tablewriter.cpp" line="152" />
            <source>the workbook cannot be created</source>
            <translation>ブックを作成できません</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ToolRun</name>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="101" />
            <source>"%1" is not a host name or address (with an optional :port)</source>
            <translation>"%1" はホスト名またはアドレス（:ポート は任意）ではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="117" />
            <source>a tool is running already</source>
            <translation>ツールはすでに実行中です</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="122" />
            <source>an SBOM is not produced by running a tool from Hoshi</source>
            <translation>SBOM は Hoshi からツールを実行して作るものではありません</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="126" />
            <source>%1 is not installed (not found on PATH)</source>
            <translation>%1 がインストールされていません（PATH に見つかりません）</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="134" />
            <source>the recipe option "%1" is not run by Hoshi (output, input and script options are its own)</source>
            <translation>レシピのオプション "%1" は Hoshi では実行しません（出力・入力・スクリプトのオプションは Hoshi が指定します）</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="140" />
            <source>cannot make a temporary folder: %1</source>
            <translation>一時フォルダを作れません: %1</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="190" />
            <source>%1 could not be started: %2</source>
            <translation>%1 を起動できませんでした: %2</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="222" />
            <source>cancelled</source>
            <translation>取り消しました</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="224" />
            <source>%1 did not finish within %2 seconds and was stopped</source>
            <translation>%1 が %2 秒以内に終わらなかったため停止しました</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="226" />
            <source>%1 stopped abnormally</source>
            <translation>%1 が異常終了しました</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="229" />
            <source>%1 ended (exit code %2) without writing its output</source>
            <translation>%1 は出力を書かずに終了しました（終了コード %2）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::VerdictStyle</name>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="189" />
            <source>document review</source>
            <translation>文書評価</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="192" />
            <source>device test</source>
            <translation>実機テスト</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="195" />
            <source>SBOM</source>
            <translation>SBOM</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="198" />
            <source>penetration test</source>
            <translation>ペネトレーションテスト</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="202" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="202" />
            <source> and </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>hoshi::VerificationText</name>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="15" />
            <source>Intact</source>
            <translation>完全: 改ざん・欠落なし</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="24" />
            <source>Not intact: %n file(s) changed (%1)</source>
            <translation>
                <numerusform>不完全: %n 件のファイルが変更されています（%1）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="28" />
            <source>Not intact: the signature does not match</source>
            <translation>不完全: 署名が一致しません</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="29" />
            <source>Not intact: %1</source>
            <translation>不完全: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="34" />
            <source>Unreadable or hostile: %1</source>
            <translation>読み込めない、または危険なアーカイブ: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="41" />
            <source>Every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match and nothing is missing or added: %n payload file(s), %1.</source>
            <translation>
                <numerusform>すべてのファイルが manifest-sha256.txt と manifest-sha512.txt に一致し、タグマニフェストも一致しています。欠けているファイルも追加されたファイルもありません: ペイロード %n ファイル、%1。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="58" />
            <source>Nothing was extracted from the archive. Ask the sender for an intact copy.</source>
            <translation>アーカイブからは何も取り出していません。送り主に完全なコピーを依頼してください。</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="65" />
            <source>Not signed</source>
            <translation>署名なし</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="67" />
            <source>Signed by %1 (%2, self-signed certificate), signature valid</source>
            <translation>署名者 %1（%2、自己署名証明書）、署名は有効</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="68" />
            <source>Signed by %1 (%2, certificate chained to a trusted CA), signature valid</source>
            <translation>署名者 %1（%2、信頼された認証局につながる証明書）、署名は有効</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="70" />
            <source>Signed by %1 (%2, certificate not chained to a trusted CA), signature valid</source>
            <translation>署名者 %1（%2、信頼された認証局につながらない証明書）、署名は有効</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="75" />
            <source>Signature invalid: %1</source>
            <translation>署名が無効です: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="76" />
            <source>Signed by %1, signature INVALID: %2</source>
            <translation>署名者 %1、署名は無効: %2</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="84" />
            <source>%1 — but the signature covers the manifests, and the files no longer match them: the archive is not what was signed.</source>
            <translation>%1 — ただし署名の対象はマニフェストであり、ファイルはもうマニフェストと一致しません。このアーカイブは署名された内容と同じではありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="102" />
            <source>%n payload file(s) (the evidence and the application package)</source>
            <translation>
                <numerusform>ペイロードファイル %n 件（エビデンスと申請パッケージ）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="103" />
            <source> + %n tag file(s) (bag declaration, bag-info, manifests, signature)</source>
            <translation>
                <numerusform> + タグファイル %n 件（bagit.txt、bag-info、マニフェスト、署名）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="111" />
            <source>Certificate SHA-256: %1 — compare it with the fingerprint the manufacturer gave you.</source>
            <translation>証明書のSHA-256: %1 — 製造者から受け取ったフィンガープリントと照合してください。</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="121" />
            <source>ok</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="123" />
            <source>modified</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="125" />
            <source>missing</source>
            <translation>欠落</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="127" />
            <source>unlisted</source>
            <translation>未記載</translation>
        </message>
    </context>
    <context>
        <name>hoshi::WelcomePage</name>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="78" />
            <source>Hoshi</source>
            <translation>Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="79" />
            <source>A workbench for JC-STAR IoT security self-declarations: assess every item, keep the evidence with it, and see at once what still blocks submission. A workspace is one file on your computer, or a database on a team server that several people use at once; every change is saved as you make it.</source>
            <translation>JC-STAR IoT セキュリティ自己宣言のためのワークベンチです。すべての項目を評価し、証拠を一緒に保管し、提出を妨げているものを一目で確認できます。ワークスペースはこのコンピューター上の 1 つのファイル、または複数の人が同時に使うチームサーバー上のデータベースです。変更はすべてその場で保存されます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="83" />
            <source>New workspace…</source>
            <translation>新しいワークスペース…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="84" />
            <source>Open workspace…</source>
            <translation>ワークスペースを開く…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="85" />
            <source>Open server workspace…</source>
            <translation>サーバーのワークスペースを開く…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="86" />
            <source>A workspace on a PostgreSQL server (postgresql://…), shared by a team.</source>
            <translation>チームで共有する PostgreSQL サーバー上のワークスペース（postgresql://…）。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="87" />
            <source>Open the demo</source>
            <translation>デモを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="88" />
            <source>Check an evidence archive…</source>
            <translation>エビデンスアーカイブを検証…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="89" />
            <source>Auditor mode: verify a retained evidence archive (.zip) and browse it read-only.</source>
            <translation>監査モード: 保管用エビデンスアーカイブ（.zip）を検証し、読み取り専用で閲覧します。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="90" />
            <source>Recent workspaces</source>
            <translation>最近使ったワークスペース</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="99" />
            <source>%1 — server</source>
            <translation>%1 — サーバー</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="100" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="106" />
            <source>(none yet)</source>
            <translation>（まだありません）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Workspace</name>
        <message>
            <location filename="../core/storage/workspace.cpp" line="147" />
            <source>%1 already exists; choose another name or open it instead.</source>
            <translation>%1 はすでに存在します。別の名前にするか、そのファイルを開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="151" />
            <source>The folder for %1 does not exist.</source>
            <translation>%1 を作成するフォルダが存在しません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="158" />
            <source>Cannot create %1: another program is creating it.</source>
            <translation>%1 を作成できません: ほかのプログラムが作成中です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="177" />
            <source>%1 does not exist.</source>
            <translation>%1 は存在しません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="181" />
            <location filename="../core/storage/workspace_files.cpp" line="307" />
            <location filename="../core/storage/workspace_points.cpp" line="178" />
            <source>%1 is not a file.</source>
            <translation>%1 はファイルではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="186" />
            <source>%1 is not a Hoshi workspace (it is not an SQLite database file, or it is empty or cut short).</source>
            <translation>%1 はHoshiのワークスペースではありません（SQLiteのデータベースファイルではないか、空であるか、途中で切れています）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="191" />
            <source>%1 is an SQLite database but not a Hoshi workspace.</source>
            <translation>%1 はSQLiteのデータベースですが、Hoshiのワークスペースではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="197" />
            <source>%1 is damaged: the file is shorter than its own header says (%2 of %3 bytes); it was probably truncated while copying. Restore it from a backup.</source>
            <translation>%1 は破損しています: ファイルがヘッダーの記載より短くなっています（%3 バイト中 %2 バイト）。コピー中に途中で切れた可能性があります。バックアップから復元してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="232" />
            <source>%1 is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
            <translation>%1 はすでに %2 で開かれています（%4 のプロセス %3）。先にそちらで閉じるか、読み取り専用で開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="238" />
            <source>%1 cannot be locked for writing (is the folder read-only?). Open it read-only instead.</source>
            <translation>%1 を書き込み用にロックできません（フォルダが読み取り専用ではありませんか？）。読み取り専用で開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="393" />
            <source>This workspace already holds a different data revision %1 of the criteria set %2.</source>
            <translation>このワークスペースには、適合基準 %2 の異なるデータ改訂%1 がすでにあります。</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="33" />
            <location filename="../core/storage/workspace_probe.cpp" line="94" />
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="47" />
            <location filename="../core/storage/serverbackend.cpp" line="43" />
            <source>%1 cannot be used: %2</source>
            <translation>%1 は使用できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_probe.cpp" line="72" />
            <source>%1 is damaged and cannot be read: %2</source>
            <translation>%1 は破損しているため読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_probe.cpp" line="77" />
            <source>%1 is damaged (%2). Restore it from a backup.</source>
            <translation>%1 は破損しています（%2）。バックアップから復元してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="58" />
            <location filename="../core/storage/serverbackend.cpp" line="53" />
            <location filename="../core/storage/serverbackend.cpp" line="61" />
            <location filename="../core/storage/workspace_probe.cpp" line="54" />
            <source>%1 cannot be read: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_probe.cpp" line="40" />
            <source>%1 was written by a newer Hoshi (format %2; this version reads up to %3). Update Hoshi to open it.</source>
            <translation>%1 は新しいバージョンのHoshiで書かれています（形式 %2。このバージョンが読めるのは %3 まで）。開くにはHoshiを更新してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="299" />
            <source>%1 uses an older format and must be upgraded; open it for writing once.</source>
            <translation>%1 は古い形式のため、更新が必要です。一度、書き込み可能な状態で開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="85" />
            <source>Cannot back up %1 before upgrading it: %2</source>
            <translation>更新の前に %1 をバックアップできません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="324" />
            <location filename="../core/storage/workspace_criteriadata.cpp" line="258" />
            <source>Cannot upgrade %1 to format %2: %3</source>
            <translation>%1 を形式 %2 に更新できません: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="337" />
            <source>Cannot initialise %1: %2</source>
            <translation>%1 を初期化できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="69" />
            <location filename="../core/storage/serverbackend.cpp" line="73" />
            <location filename="../core/storage/serverbackend.cpp" line="85" />
            <source>Cannot upgrade %1: %2</source>
            <translation>%1 を更新できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="348" />
            <source>Cannot read the criteria stored in %1: %2</source>
            <translation>%1 に保存された適合基準を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="354" />
            <source>The criteria set %1 stored in %2 is invalid: %3</source>
            <translation>%2 に保存された適合基準 %1 が正しくありません: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="369" />
            <source>%1 is open read-only; nothing can be changed.</source>
            <translation>%1 は読み取り専用で開かれているため、変更できません。</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="128" />
            <location filename="../core/storage/serverbackend.cpp" line="123" />
            <source>Cannot compact %1: %2</source>
            <translation>%1 を最適化（圧縮）できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="234" />
            <location filename="../core/storage/workspace_assessments.cpp" line="283" />
            <location filename="../core/storage/workspace_remove.cpp" line="89" />
            <location filename="../core/storage/workspaceutil.h" line="53" />
            <source>Cannot save: %1</source>
            <translation>保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="406" />
            <source>Cannot store the criteria set %1: %2</source>
            <translation>適合基準 %1 を保存できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="185" />
            <location filename="../core/storage/workspace_assessments.cpp" line="226" />
            <location filename="../core/storage/workspace_review.cpp" line="109" />
            <source>%1 is not an item of %2.</source>
            <translation>%1 は %2 の項目ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/snapshotreader.cpp" line="100" />
            <source>Cannot read the workspace: %1</source>
            <translation>ワークスペースを読み取れません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/snapshotreader.cpp" line="278" />
            <location filename="../core/storage/workspace_assessments.cpp" line="186" />
            <location filename="../core/storage/workspace_assessments.cpp" line="227" />
            <location filename="../core/storage/workspace_assessments.cpp" line="365" />
            <location filename="../core/storage/workspace_assessments.cpp" line="508" />
            <location filename="../core/storage/workspace_baselines.cpp" line="120" />
            <location filename="../core/storage/workspace_catalog.cpp" line="377" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="104" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="185" />
            <location filename="../core/storage/workspace_cra.cpp" line="51" />
            <location filename="../core/storage/workspace_criteriadata.cpp" line="74" />
            <location filename="../core/storage/workspace_criteriadata.cpp" line="87" />
            <location filename="../core/storage/workspace_criteriadata.cpp" line="304" />
            <location filename="../core/storage/workspace_forms.cpp" line="42" />
            <location filename="../core/storage/workspace_label.cpp" line="74" />
            <location filename="../core/storage/workspace_points.cpp" line="174" />
            <location filename="../core/storage/workspace_remove.cpp" line="40" />
            <location filename="../core/storage/workspace_review.cpp" line="105" />
            <location filename="../core/storage/workspace_review.cpp" line="307" />
            <location filename="../core/storage/workspace_review.cpp" line="356" />
            <location filename="../core/storage/workspace_snapshot.cpp" line="58" />
            <source>There is no declaration with the id %1.</source>
            <translation>ID %1 の宣言はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="196" />
            <location filename="../core/storage/workspace_assessments.cpp" line="262" />
            <location filename="../core/storage/workspace_assessments.cpp" line="267" />
            <source>Cannot record the assessment of %1: %2</source>
            <translation>%1 の評価を記録できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="246" />
            <source>Verdict: %1 → %2</source>
            <translation>判定: %1 → %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="248" />
            <source>Justification: %1</source>
            <translation>理由: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="250" />
            <source>Notes: %1</source>
            <translation>メモ: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="297" />
            <source>someone</source>
            <translation>誰か</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="300" />
            <source>%1 was changed by %2 at %3 since you read it (version %4, now %5). Nothing was saved; it now reads: verdict %6; justification "%7"; notes "%8".</source>
            <translation>%1 は、読み込んだ後に %2 が %3 に変更しました（版 %4、現在 %5）。保存していません。現在の内容: 判定 %6、根拠「%7」、メモ「%8」。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="369" />
            <source>Evidence must back at least one item.</source>
            <translation>エビデンスは少なくとも1つの項目の根拠でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="385" />
            <source>Cannot add the evidence: %1</source>
            <translation>エビデンスを追加できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="395" />
            <location filename="../core/storage/workspace_assessments.cpp" line="445" />
            <source>Cannot link the evidence to %1: %2</source>
            <translation>エビデンスを %1 に紐付けられません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="399" />
            <source>%1 evidence added: %2</source>
            <translation>%1のエビデンスを追加: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="421" />
            <source>Cannot update the evidence: %1</source>
            <translation>エビデンスを更新できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="424" />
            <source>Evidence edited: %1</source>
            <translation>エビデンスを編集: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="436" />
            <location filename="../core/storage/workspace_assessments.cpp" line="477" />
            <location filename="../core/storage/workspace_files.cpp" line="300" />
            <location filename="../core/storage/workspace_files.cpp" line="389" />
            <source>There is no evidence with the id %1.</source>
            <translation>ID %1 のエビデンスはありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="448" />
            <source>Evidence linked: %1</source>
            <translation>エビデンスを紐付け: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="462" />
            <source>That evidence does not back %1.</source>
            <translation>そのエビデンスは %1 の根拠ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="465" />
            <source>Evidence %1 unlinked</source>
            <translation>エビデンス %1 の紐付けを解除</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="481" />
            <source>Evidence removed: %1</source>
            <translation>エビデンスを削除: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="488" />
            <source>Cannot remove the evidence: %1</source>
            <translation>エビデンスを削除できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="543" />
            <source>Carried over from declaration %1 (%2); to review: %3</source>
            <translation>適合宣言 %1（%2）から引き継ぎました。見直しが必要: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="544" />
            <source>nothing</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="157" />
            <location filename="../core/storage/workspace_catalog.cpp" line="180" />
            <source>An organisation needs a name.</source>
            <translation>組織には名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="165" />
            <source>Cannot add the organisation: %1</source>
            <translation>組織を追加できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="169" />
            <source>Organisation "%1" added</source>
            <translation>組織「%1」を追加</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="188" />
            <source>Cannot update the organisation: %1</source>
            <translation>組織を更新できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="191" />
            <source>Organisation details edited</source>
            <translation>組織の情報を編集</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="226" />
            <location filename="../core/storage/workspace_catalog.cpp" line="258" />
            <source>A product needs a name.</source>
            <translation>製品には名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="230" />
            <location filename="../core/storage/workspace_catalog.cpp" line="262" />
            <source>"%1" is not a firmware image SHA-256 (64 hexadecimal digits).</source>
            <translation>「%1」はファームウェアイメージの SHA-256（16進数64桁）ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="234" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="52" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="129" />
            <source>There is no organisation with the id %1.</source>
            <translation>ID %1 の組織はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="242" />
            <source>Cannot add the product: %1</source>
            <translation>製品を追加できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="247" />
            <source>Product "%1" added</source>
            <translation>製品「%1」を追加</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="267" />
            <location filename="../core/storage/workspace_catalog.cpp" line="336" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="73" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="158" />
            <source>There is no product with the id %1.</source>
            <translation>ID %1 の製品はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="277" />
            <source>Cannot update the product: %1</source>
            <translation>製品を更新できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="294" />
            <source>Product fields changed: %1</source>
            <translation>製品情報を変更: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="346" />
            <source>Unknown criteria set %1 with data revision %2.</source>
            <translation>データ改訂%2 の適合基準 %1 はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="347" />
            <source>Unknown criteria set %1.</source>
            <translation>適合基準 %1 は不明です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="351" />
            <source>The UK PSTI route exists only for ★1 declarations.</source>
            <translation>英国PSTIルートは★1の適合宣言にだけあります。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="360" />
            <source>Cannot add the declaration: %1</source>
            <translation>適合宣言を追加できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="365" />
            <source>Declaration against %1 (%2) started</source>
            <translation>%1（%2）による適合宣言を開始</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="381" />
            <source>A declaration's product and criteria set cannot be changed; start a new declaration.</source>
            <translation>適合宣言の製品と適合基準は変更できません。新しい適合宣言を作成してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="405" />
            <source>Cannot update the declaration: %1</source>
            <translation>適合宣言を更新できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="408" />
            <source>Declaration details edited</source>
            <translation>適合宣言の詳細を編集</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="411" />
            <location filename="../core/storage/workspace_label.cpp" line="100" />
            <source>Label status: %1 → %2</source>
            <translation>ラベルの状態: %1 → %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="286" />
            <source>Cannot attach %1: %2</source>
            <translation>%1 を添付できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="290" />
            <source>File attached: %1 (%2 bytes)</source>
            <translation>ファイルを添付: %1（%2 バイト）</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="145" />
            <location filename="../core/storage/workspace_files.cpp" line="312" />
            <location filename="../core/storage/workspace_files.cpp" line="324" />
            <location filename="../core/storage/workspace_server.cpp" line="44" />
            <location filename="../core/storage/workspace_server.cpp" line="86" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="206" />
            <location filename="../core/storage/workspace_files.cpp" line="212" />
            <location filename="../core/storage/workspace_files.cpp" line="219" />
            <location filename="../core/storage/workspace_files.cpp" line="239" />
            <location filename="../core/storage/workspace_files.cpp" line="247" />
            <location filename="../core/storage/workspace_files.cpp" line="360" />
            <source>Cannot store %1: %2</source>
            <translation>%1 を保存できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="157" />
            <location filename="../core/storage/workspace_files.cpp" line="163" />
            <source>Cannot store %1: %2 (is the disk full?)</source>
            <translation>%1 を保存できません: %2（ディスクがいっぱいではありませんか？）</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="165" />
            <source>Import of %1 cancelled.</source>
            <translation>%1 の取り込みを中止しました。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="409" />
            <source>There is no evidence file with the id %1.</source>
            <translation>ID %1 のエビデンスファイルはありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="413" />
            <source>File removed: %1</source>
            <translation>ファイルを削除: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="420" />
            <source>Cannot remove %1: %2</source>
            <translation>%1 を削除できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="435" />
            <location filename="../core/storage/workspace_files.cpp" line="447" />
            <source>Cannot read stored content %1: %2</source>
            <translation>保存された内容 %1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="457" />
            <source>Reading stored content %1 was stopped.</source>
            <translation>保存された内容 %1 の読み込みを中止しました。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="434" />
            <location filename="../core/storage/workspace_files.cpp" line="453" />
            <location filename="../core/storage/workspace_files.cpp" line="484" />
            <source>The workspace holds no content %1.</source>
            <translation>ワークスペースに内容 %1 がありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="469" />
            <source>Cannot write: %1</source>
            <translation>書き込めません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="498" />
            <source>Stored content no longer matches its SHA-256 (expected %1, found %2; %3 of %4 bytes).</source>
            <translation>保存された内容がSHA-256と一致しません（期待値 %1、実際 %2、%4 バイト中 %3 バイト）。</translation>
        </message>
        <message>
            <location filename="../core/storage/snapshotreader.cpp" line="286" />
            <location filename="../core/storage/workspace_snapshot.cpp" line="63" />
            <source>Declaration %1 is incomplete in this workspace.</source>
            <translation>適合宣言 %1 はこのワークスペース内で不完全です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="41" />
            <source>approval</source>
            <translation>承認</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="43" />
            <source>label</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="47" />
            <source>export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="99" />
            <source>Cannot keep a baseline of declaration %1: the data is not a Hoshi declaration.</source>
            <translation>適合宣言 %1 のベースラインを保存できません: Hoshi の適合宣言のデータではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="106" />
            <source>Cannot keep a baseline of declaration %1: %2</source>
            <translation>適合宣言 %1 のベースラインを保存できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="111" />
            <source>Baseline kept (%1, fingerprint %2)</source>
            <translation>ベースラインを保存（%1、フィンガープリント %2）</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="20" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>製品 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="22" />
            <source>%n declaration(s)</source>
            <translation>
                <numerusform>適合宣言 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="24" />
            <source>%n evidence record(s)</source>
            <translation>
                <numerusform>エビデンス %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="26" />
            <source>%n user access grant(s) (hoshi-cli server revoke)</source>
            <translation>
                <numerusform>%n 件のユーザーアクセス権（hoshi-cli server revoke）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="28" />
            <source>%n recorded export(s) or approval(s)</source>
            <translation>
                <numerusform>記録済みの出力・承認 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="30" />
            <source>an attached official form (hoshi-cli form remove)</source>
            <translation>添付された公式様式（hoshi-cli form remove）</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="31" />
            <source>%n record(s) in %1</source>
            <translation>
                <numerusform>%1 のレコード %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="56" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="77" />
            <source>The name can not be empty.</source>
            <translation>名前は空にできません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="65" />
            <source>Organisation renamed from "%1" to "%2"</source>
            <translation>組織名を「%1」から「%2」に変更</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="87" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="89" />
            <source>Product renamed from "%1" to "%2"</source>
            <translation>製品名を「%1」から「%2」に変更</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="115" />
            <source>Cannot rename the declaration: %1</source>
            <translation>適合宣言の名前を変更できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="119" />
            <source>Declaration renamed from "%1" to "%2"</source>
            <translation>適合宣言の名前を「%1」から「%2」に変更</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="136" />
            <source>The organisation "%1" can not be removed while other records depend on it: %2.</source>
            <translation>組織「%1」は、ほかのレコードが依存しているため削除できません: %2。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="144" />
            <source>Cannot remove the organisation: %1</source>
            <translation>組織を削除できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="148" />
            <source>Organisation "%1" removed</source>
            <translation>組織「%1」を削除</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="163" />
            <source>The product "%1" can not be removed while other records depend on it: %2.</source>
            <translation>製品「%1」は、ほかのレコードが依存しているため削除できません: %2。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="170" />
            <source>Cannot remove the product: %1</source>
            <translation>製品を削除できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="174" />
            <source>Product "%1" removed</source>
            <translation>製品「%1」を削除</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="194" />
            <source>The declaration can not be removed while other records depend on it: %1.</source>
            <translation>この適合宣言は、ほかのレコードが依存しているため削除できません: %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="214" />
            <source>Cannot remove the declaration: %1</source>
            <translation>適合宣言を削除できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="224" />
            <source>Declaration of "%1" (%2) removed</source>
            <translation>「%1」の適合宣言（%2）を削除</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="36" />
            <source>application number</source>
            <translation>申請番号</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="37" />
            <source>submitted on</source>
            <translation>申請日</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="38" />
            <source>registration number</source>
            <translation>登録番号</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="39" />
            <source>issued on</source>
            <translation>発行日</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="40" />
            <source>valid until</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="41" />
            <source>extended on</source>
            <translation>延長日</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="42" />
            <source>successor</source>
            <translation>後継製品・ラベル</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="43" />
            <source>product page</source>
            <translation>製品ページ</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="92" />
            <source>Cannot save the label record: %1</source>
            <translation>ラベル情報を保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="97" />
            <source>Label record: %1</source>
            <translation>ラベル情報: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="47" />
            <location filename="../core/storage/workspace_points.cpp" line="93" />
            <source>%1 is not an evaluation point of %2.</source>
            <translation>%1 は %2 の評価項目ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="60" />
            <source>Cannot record the evaluation point %1: %2</source>
            <translation>評価項目 %1 を記録できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="66" />
            <source>Relies on evaluation point %1</source>
            <translation>評価項目 %1 を採用</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="66" />
            <source>No longer relies on evaluation point %1</source>
            <translation>評価項目 %1 の採用を取り消し</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="88" />
            <source>%1 is not an item of declaration %2.</source>
            <translation>%1 は宣言 %2 の項目ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="100" />
            <source>Evidence %1 is not linked to %2; link it to the item first.</source>
            <translation>エビデンス %1 は %2 に紐付いていません。先に項目へ紐付けてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="106" />
            <location filename="../core/storage/workspace_points.cpp" line="113" />
            <source>Cannot record the evaluation points: %1</source>
            <translation>評価項目を記録できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="118" />
            <source>Evidence backs evaluation points of %1: %2</source>
            <translation>エビデンスが %1 の評価項目を裏付け: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="119" />
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="137" />
            <source>Cannot carry over the evaluation points of %1: %2</source>
            <translation>%1 の評価項目を引き継げません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="185" />
            <source>UK PSTI statement of compliance</source>
            <translation>英国 PSTI 適合宣言書</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="186" />
            <location filename="../core/storage/workspace_points.cpp" line="195" />
            <source>Cannot keep the PSTI statement: %1</source>
            <translation>PSTI 適合宣言書を保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="199" />
            <source>PSTI statement of compliance attached: %1</source>
            <translation>PSTI 適合宣言書を添付: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_remove.cpp" line="46" />
            <source>Declaration %1 cannot be removed: %2 item(s) hold a verdict, a justification, notes or evidence. Reset them to not assessed and unlink the evidence first.</source>
            <translation>適合宣言 %1 は削除できません。%2 件の項目に判定、根拠、メモまたは証跡があります。先に未評価に戻し、証跡の紐付けを外してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_remove.cpp" line="55" />
            <source>Declaration %1 cannot be removed: its CRA record holds what the manufacturer entered. Clear those fields first.</source>
            <translation>宣言 %1 は削除できません：製造者が入力した CRA 項目があります。先にそれらを消去してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_remove.cpp" line="62" />
            <source>Declaration %1 cannot be removed: it has been approved, exported or labelled, and its record must stay.</source>
            <translation>適合宣言 %1 は削除できません。承認・出力・ラベル取得のいずれかが済んでいるため、記録を残す必要があります。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="442" />
            <location filename="../core/storage/workspace_review.cpp" line="70" />
            <source>Cannot record the history: %1</source>
            <translation>履歴を記録できません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="97" />
            <source>There are no comments to add.</source>
            <translation>追加するコメントがありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="113" />
            <source>A comment needs an author and a text.</source>
            <translation>コメントには記入者と本文が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="117" />
            <source>"%1" is not a finding status (accepted, question, more-evidence).</source>
            <translation>「%1」は所見の状態（accepted、question、more-evidence）ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="131" />
            <source>Cannot add the comment: %1</source>
            <translation>コメントを追加できません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="136" />
            <source>Comment %1 by %2: %3</source>
            <translation>%2 のコメント %1：%3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="161" />
            <source>There is no comment with the id %1.</source>
            <translation>ID %1 のコメントはありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="165" />
            <source>Resolving a comment needs the name of who resolves it.</source>
            <translation>コメントを解決済みにするには、解決した人の名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="169" />
            <source>Comment %1 was already resolved by %2.</source>
            <translation>コメント %1 は %2 によって解決済みです。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="175" />
            <source>Cannot resolve the comment: %1</source>
            <translation>コメントを解決済みにできません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="179" />
            <source>Comment %1 resolved by %2</source>
            <translation>コメント %1 を %2 が解決済みにしました</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="296" />
            <source>Cannot record the sign-off: %1</source>
            <translation>承認記録を保存できません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="311" />
            <source>A review request needs the name of who asks for it.</source>
            <translation>レビュー依頼には依頼者の名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="315" />
            <source>Declaration %1 is already in review.</source>
            <translation>申請 %1 はすでにレビュー中です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="319" />
            <source>Review requested by %1</source>
            <translation>%1 がレビューを依頼しました</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="331" />
            <source>An approval needs the name of the approver.</source>
            <translation>承認には承認者の名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="336" />
            <source>Declaration %1 is a draft: request a review before approving it.</source>
            <translation>申請 %1 は下書きです。承認する前にレビューを依頼してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="340" />
            <source>Declaration %1 is already approved and has not changed since.</source>
            <translation>申請 %1 はすでに承認済みで、承認後に変更されていません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="344" />
            <source>%1 changed declaration %2 since its last approval and so cannot approve it; someone else must approve.</source>
            <translation>%1 は前回の承認後に申請 %2 を変更したため、承認できません。別の人が承認してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="348" />
            <source>Approved by %1</source>
            <translation>%1 が承認しました</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="360" />
            <source>Requesting changes needs the reviewer's name and a reason.</source>
            <translation>修正依頼にはレビュー担当者の名前と理由が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="365" />
            <source>Declaration %1 is not in review (it is %2).</source>
            <translation>申請 %1 はレビュー中ではありません（現在の状態：%2）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="369" />
            <source>Changes requested by %1: %2</source>
            <translation>%1 が修正を依頼しました：%2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="394" />
            <location filename="../core/storage/workspace_shelflife.cpp" line="51" />
            <source>Cannot save the setting: %1</source>
            <translation>設定を保存できません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="398" />
            <source>Setting: approval required before export</source>
            <translation>設定：書き出しの前に承認を必須にする</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="398" />
            <source>Setting: approval not required before export</source>
            <translation>設定：書き出しの前の承認を必須にしない</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="444" />
            <source>declaration</source>
            <translation>申請全体</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="445" />
            <source>%1: %2 (%3)</source>
            <translation>%1：%2（%3）</translation>
        </message>
        <message>
            <location filename="../core/storage/serverbackend.cpp" line="33" />
            <source>Cannot connect to %1: %2</source>
            <translation>%1 に接続できません: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/serverbackend.cpp" line="114" />
            <source>%n stored file(s) do not have their recorded size</source>
            <translation>
                <numerusform>保存済みファイル %n 件のサイズが記録と一致しません</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/serverbackend.cpp" line="167" />
            <source>The user %1 has no access to the workspace %2. Its owner can give access with "hoshi-cli server grant".</source>
            <translation>ユーザー %1 はワークスペース %2 へのアクセス権を持っていません。所有者が "hoshi-cli server grant" でアクセスを付与できます。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_server.cpp" line="42" />
            <source>The database %1 already holds tables; a new workspace needs an empty database (create one with createdb).</source>
            <translation>データベース %1 には既にテーブルがあります。新しいワークスペースには空のデータベースが必要です（createdb で作成してください）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_server.cpp" line="64" />
            <source>The database %1 holds no Hoshi workspace; create one with "hoshi-cli server init".</source>
            <translation>データベース %1 には Hoshi のワークスペースがありません。「hoshi-cli server init」で作成してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/changefeed.cpp" line="28" />
            <source>Only a workspace on a server announces changes.</source>
            <translation>変更の通知があるのはサーバー上のワークスペースだけです。</translation>
        </message>
        <message>
            <location filename="../core/storage/changefeed.cpp" line="32" />
            <source>Cannot listen for changes: %1</source>
            <translation>変更の通知を受け取れません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="91" />
            <source>Declaration %1 has no official evaluation points to remove.</source>
            <translation>宣言 %1 には削除する公式評価項目がありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="112" />
            <source>Cannot store the official evaluation points: %1</source>
            <translation>公式評価項目を保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="118" />
            <source>Cannot remove the official evaluation points: %1</source>
            <translation>公式評価項目を削除できません: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_criteriadata.cpp" line="127" />
            <source>Official evaluation points of %n item(s) set from %1 (SHA-256 %2); %3 answer(s) moved, %4 without a matching point</source>
            <translation>
                <numerusform>%n 項目の公式評価項目を %1（SHA-256 %2）から設定しました。回答 %3 件を移し、対応する評価項目のないものが %4 件あります</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="132" />
            <source>Official evaluation points removed; %1 answer(s) moved, %2 without a matching point</source>
            <translation>公式評価項目を削除しました。回答 %1 件を移し、対応する評価項目のないものが %2 件あります</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="177" />
            <location filename="../core/storage/workspace_criteriadata.cpp" line="185" />
            <source>Cannot move the answers on evaluation point %1: %2</source>
            <translation>評価項目 %1 の回答を移せません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="230" />
            <source>Cannot upgrade %1: the criteria set %2 stored in it is unreadable (%3).</source>
            <translation>%1 を更新できません: 保存されている適合基準 %2 を読めません（%3）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="245" />
            <source>Criteria set %1 is now named by IPA's id %2 (Hoshi data revision %3); nothing else changed</source>
            <translation>適合基準 %1 をIPAの識別子 %2（Hoshiデータ改訂%3）で呼ぶようにしました。ほかは何も変わっていません</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="279" />
            <source>Data revision %1 of %2 removes the item %3, which holds an answer; carry the declaration over to a new declaration instead.</source>
            <translation>%2 のデータ改訂%1 では、回答のある項目 %3 がなくなります。代わりに新しい宣言へ引き継いでください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="285" />
            <source>Data revision %1 of %2 moves the item %3, which holds an answer, between product and vendor scope; carry the declaration over to a new declaration instead.</source>
            <translation>%2 のデータ改訂%1 では、回答のある項目 %3 の対象（製品／事業者）が変わります。代わりに新しい宣言へ引き継いでください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="308" />
            <source>Declaration %1 already uses data revision %2 of %3.</source>
            <translation>宣言 %1 はすでに %3 のデータ改訂%2 を使っています。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="319" />
            <source>There is no data revision %1 of %2 (known: %3).</source>
            <translation>%2 のデータ改訂%1 はありません（あるもの: %3）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="335" />
            <source>Cannot change the data revision: %1</source>
            <translation>データ改訂を変更できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="344" />
            <source>Criteria data of %1 updated from Hoshi data revision %2 to %3; answers kept (%4 point answer(s) moved, %5 without a matching point)</source>
            <translation>%1 の適合基準データをHoshiデータ改訂%2 から %3 に更新しました。回答はすべて維持しました（評価項目の回答 %4 件を移し、対応する評価項目のないものが %5 件）</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="366" />
            <source>Cannot read the vendor-scope answers: %1</source>
            <translation>事業者単位の回答を読めません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="384" />
            <source>Cannot move the answer of %1: %2</source>
            <translation>%1 の回答を移せません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="394" />
            <location filename="../core/storage/workspace_criteriadata.cpp" line="406" />
            <source>Cannot copy the answer of %1: %2</source>
            <translation>%1 の回答を複製できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="46" />
            <location filename="../core/storage/workspace_forms.cpp" line="91" />
            <source>An official form needs its file name, its content and its profile.</source>
            <translation>公式様式にはファイル名、内容、プロファイルが必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="67" />
            <location filename="../core/storage/workspace_forms.cpp" line="72" />
            <source>Cannot attach the form %1: %2</source>
            <translation>様式 %1 を添付できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="76" />
            <source>Official form replaced: %1 (SHA-256 %2) instead of %3</source>
            <translation>公式様式を差し替え: %3 から %1（SHA-256 %2）へ</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="77" />
            <source>Official form attached: %1 (SHA-256 %2)</source>
            <translation>公式様式を添付: %1（SHA-256 %2）</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="87" />
            <location filename="../core/storage/workspace_forms.cpp" line="145" />
            <source>Declaration %1 has no official form attached.</source>
            <translation>宣言 %1 には公式様式が添付されていません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="99" />
            <source>Cannot save the form mapping: %1</source>
            <translation>様式の対応付けを保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="103" />
            <source>Mapping of the official form %1 changed</source>
            <translation>公式様式 %1 の対応付けを変更</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="112" />
            <source>Cannot read the official form: %1</source>
            <translation>公式様式を読み込めません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="132" />
            <source>The stored official form %1 no longer matches its SHA-256.</source>
            <translation>保存されている公式様式 %1 が SHA-256 と一致しなくなっています。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="155" />
            <source>Cannot remove the official form: %1</source>
            <translation>公式様式を削除できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="159" />
            <source>Official form removed: %1</source>
            <translation>公式様式を削除: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_shelflife.cpp" line="44" />
            <source>A review period is 0 (none) to %1 months, not %2.</source>
            <translation>見直し期間は 0（なし）から %1 か月までです（%2 は指定できません）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_shelflife.cpp" line="55" />
            <source>Setting: no default review period for %1</source>
            <translation>設定：%1 に既定の見直し期間を設けない</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_shelflife.cpp" line="56" />
            <source>Setting: default review period for %1: %n month(s)</source>
            <translation>
                <numerusform>設定：%1 の既定の見直し期間：%n か月</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_cra.cpp" line="58" />
            <source>Cannot read the CRA record: %1</source>
            <translation>CRA 項目を読み込めません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_cra.cpp" line="91" />
            <location filename="../core/storage/workspace_cra.cpp" line="97" />
            <location filename="../core/storage/workspace_cra.cpp" line="126" />
            <source>Cannot save the CRA record: %1</source>
            <translation>CRA 項目を保存できません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_cra.cpp" line="107" />
            <source>The CRA record was changed by someone else since you read it (version %1, now %2). Nothing was saved; read it again.</source>
            <translation>読み込んだ後に他の人が CRA 項目を変更しました（版 %1、現在 %2）。何も保存していません。読み込み直してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_cra.cpp" line="130" />
            <source>CRA: %1</source>
            <translation>CRA：%1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::WorkspaceLocation</name>
        <message>
            <location filename="../core/storage/location.cpp" line="31" />
            <source>the port "%1" is not a number from 1 to 65535</source>
            <translation>ポート「%1」が 1〜65535 の数値ではありません</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="47" />
            <source>several hosts in one address are not supported</source>
            <translation>1 つのアドレスに複数のホストは指定できません</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="55" />
            <source>the IPv6 address is missing its closing bracket</source>
            <translation>IPv6 アドレスの閉じ括弧がありません</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="117" />
            <source>it is not of the form postgresql://user@host:port/database</source>
            <translation>postgresql://ユーザー@ホスト:ポート/データベース の形式ではありません</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="133" />
            <source>the parameter "%1" is not of the form name=value</source>
            <translation>パラメーター「%1」が 名前=値 の形式ではありません</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="144" />
            <source>it names no database (postgresql://host/DATABASE)</source>
            <translation>データベース名がありません（postgresql://ホスト/データベース）</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="151" />
            <source>The server address %1 is not valid: %2.</source>
            <translation>サーバーのアドレス %1 は無効です: %2。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::WorkspaceReader</name>
        <message>
            <location filename="../forms/session/workspacereader.cpp" line="90" />
            <location filename="../forms/session/workspacereader.cpp" line="95" />
            <source>The workspace could not be opened for reading.</source>
            <translation>ワークスペースを読み取り用に開けませんでした。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ZipPath</name>
        <message>
            <location filename="../core/archive/zippath.cpp" line="26" />
            <source>An entry has an empty name.</source>
            <translation>名前が空のエントリがあります。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="28" />
            <source>The entry name "%1" is longer than %2 bytes.</source>
            <translation>エントリ名「%1」は %2 バイトより長いです。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="31" />
            <source>The entry name "%1" contains a control character.</source>
            <translation>エントリ名「%1」に制御文字が含まれています。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="33" />
            <source>The entry name "%1" is not valid UTF-8.</source>
            <translation>エントリ名「%1」は正しいUTF-8ではありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="36" />
            <source>The entry "%1" has an absolute path.</source>
            <translation>エントリ「%1」は絶対パスです。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="47" />
            <source>The entry "%1" leaves its folder ("..").</source>
            <translation>エントリ「%1」はフォルダの外に出ます（「..」）。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="49" />
            <source>The entry "%1" has an absolute path (drive letter).</source>
            <translation>エントリ「%1」は絶対パスです（ドライブ文字）。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="51" />
            <source>The entry name "%1" has an empty or "." component.</source>
            <translation>エントリ名「%1」に空または「.」の要素があります。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="54" />
            <source>The entry name "%1" contains a backslash.</source>
            <translation>エントリ名「%1」にバックスラッシュが含まれています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ZipWriter</name>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="64" />
            <source>unknown error</source>
            <translation>不明なエラー</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="78" />
            <source>The archive can not be written: the output is not open for writing.</source>
            <translation>アーカイブを書き込めません: 出力先が書き込み用に開かれていません。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="82" />
            <source>Out of memory.</source>
            <translation>メモリが不足しています。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="93" />
            <source>The archive can not be started: %1</source>
            <translation>アーカイブの作成を開始できません: %1</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="101" />
            <source>The archive writer is not ready for a new entry (%1).</source>
            <translation>アーカイブに新しいエントリを追加できる状態ではありません（%1）。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="105" />
            <source>The size of %1 is unknown.</source>
            <translation>%1 のサイズが不明です。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="111" />
            <source>Can not select compression for %1: %2</source>
            <translation>%1 の圧縮方式を設定できません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="122" />
            <source>Can not add %1 to the archive: %2</source>
            <translation>%1 をアーカイブに追加できません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="133" />
            <location filename="../core/archive/zipwriter.cpp" line="151" />
            <source>The archive writer has no open entry.</source>
            <translation>書き込み中のエントリがありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="135" />
            <source>%1 is larger than announced (%2 bytes).</source>
            <translation>%1 は事前に示されたサイズ（%2 バイト）より大きいです。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="140" />
            <source>Can not write %1 into the archive: %2</source>
            <translation>%1 をアーカイブに書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="153" />
            <source>%1 ended after %2 of %3 bytes.</source>
            <translation>%1 は %3 バイト中 %2 バイトで終わりました。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="156" />
            <source>Can not finish %1 in the archive: %2</source>
            <translation>アーカイブ内の %1 を完了できません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="172" />
            <source>The archive can not be completed: an entry is still open or writing failed.</source>
            <translation>アーカイブを完成できません: 書き込み中のエントリが残っているか、書き込みに失敗しました。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="175" />
            <source>Can not complete the archive: %1</source>
            <translation>アーカイブを完成できません: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::cli::Cli</name>
        <message>
            <location filename="../app/cli/clifields.h" line="51" />
            <source>Organisation name as registered.</source>
            <translation>登録上の組織名（法人名）。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="52" />
            <source>Organisation name in English.</source>
            <translation>組織名（英語）。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="53" />
            <source>Corporate number (13 digits).</source>
            <translation>法人番号（13 桁）。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="54" />
            <source>Address.</source>
            <translation>所在地。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="55" />
            <source>Contact person.</source>
            <translation>担当者名。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="56" />
            <source>Contact e-mail address.</source>
            <translation>連絡先メールアドレス。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="57" />
            <source>Website URL.</source>
            <translation>ウェブサイトの URL。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="61" />
            <source>Product name.</source>
            <translation>製品名。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="62" />
            <source>Product category (製品類型).</source>
            <translation>製品類型。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="63" />
            <source>Name of the supported firmware.</source>
            <translation>対象ファームウェアの名称。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="64" />
            <source>Conforming firmware version.</source>
            <translation>適合するファームウェアのバージョン。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="65" />
            <source>SHA-256 of the current firmware image file.</source>
            <translation>現在のファームウェアイメージファイルの SHA-256。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="67" />
            <source>Notice about versions.</source>
            <translation>バージョンに関する注意事項。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="68" />
            <source>Product summary.</source>
            <translation>製品の概要。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="69" />
            <source>Product web page URL.</source>
            <translation>製品ウェブページの URL。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="70" />
            <source>Reference to the configuration diagram.</source>
            <translation>構成図の参照先。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="72" />
            <source>Product inquiry contact.</source>
            <translation>製品に関する問い合わせ先。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="73" />
            <source>Vulnerability/defect reporting contact.</source>
            <translation>脆弱性・不具合の報告窓口。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="75" />
            <source>Vulnerability disclosure policy URL.</source>
            <translation>脆弱性開示ポリシーの URL。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="76" />
            <source>Technical conformity certification number (技適).</source>
            <translation>技術基準適合証明番号（技適）。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="78" />
            <source>Other certification numbers.</source>
            <translation>その他の認証番号。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="79" />
            <source>Other security information.</source>
            <translation>その他のセキュリティ情報。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="83" />
            <source>Document title.</source>
            <translation>文書名。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="84" />
            <source>Document number and/or version.</source>
            <translation>文書番号・版。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="85" />
            <source>Page(s).</source>
            <translation>ページ。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="86" />
            <source>Chapter/section.</source>
            <translation>章・節。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="87" />
            <source>URL.</source>
            <translation>URL。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="88" />
            <source>Excerpt stating the basis.</source>
            <translation>根拠となる記載の抜粋。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="89" />
            <source>Test procedure.</source>
            <translation>試験手順。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="90" />
            <source>Test result summary.</source>
            <translation>試験結果の概要。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="91" />
            <source>Who ran the test.</source>
            <translation>試験実施者。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="92" />
            <source>Firmware version tested.</source>
            <translation>試験したファームウェアのバージョン。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="93" />
            <source>Test environment.</source>
            <translation>試験環境。</translation>
        </message>
        <message>
            <location filename="../app/cli/clilanguage.cpp" line="65" />
            <source>error: --lang needs a value: ja or en</source>
            <translation>エラー: --lang には ja または en を指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/clilanguage.cpp" line="78" />
            <source>error: --lang is ja or en, not "%1"</source>
            <translation>エラー: --lang は ja または en です（「%1」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="51" />
            <source>hoshi-cli: unknown subcommand "%1"</source>
            <translation>hoshi-cli: 不明なサブコマンド「%1」</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="104" />
            <source>error: the workspace file (WS) is missing</source>
            <translation>エラー: ワークスペースファイル（WS）が指定されていません</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="144" />
            <source>Password for %1: </source>
            <translation>%1 のパスワード: </translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="150" />
            <location filename="../app/cli/cliutil.cpp" line="172" />
            <location filename="../app/cli/cliutil.cpp" line="194" />
            <location filename="../app/cli/cmd_assessment.cpp" line="74" />
            <location filename="../app/cli/cmd_changereport.cpp" line="30" />
            <location filename="../app/cli/cmd_changereport.cpp" line="48" />
            <location filename="../app/cli/cmd_changes.cpp" line="36" />
            <location filename="../app/cli/cmd_cra.cpp" line="38" />
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="130" />
            <location filename="../app/cli/cmd_export.cpp" line="140" />
            <location filename="../app/cli/cmd_export.cpp" line="247" />
            <location filename="../app/cli/cmd_label.cpp" line="132" />
            <location filename="../app/cli/cmd_label.cpp" line="239" />
            <location filename="../app/cli/cmd_label.cpp" line="273" />
            <location filename="../app/cli/cmd_label.cpp" line="291" />
            <location filename="../app/cli/cmd_portfolio.cpp" line="28" />
            <location filename="../app/cli/cmd_portfolio.cpp" line="35" />
            <location filename="../app/cli/cmd_psti.cpp" line="49" />
            <location filename="../app/cli/cmd_psti.cpp" line="60" />
            <location filename="../app/cli/cmd_reminders.cpp" line="43" />
            <location filename="../app/cli/cmd_reminders.cpp" line="49" />
            <location filename="../app/cli/cmd_review.cpp" line="89" />
            <location filename="../app/cli/cmd_review.cpp" line="153" />
            <location filename="../app/cli/cmd_review.cpp" line="171" />
            <location filename="../app/cli/cmd_review.cpp" line="240" />
            <location filename="../app/cli/cmd_server.cpp" line="38" />
            <location filename="../app/cli/cmd_shelflife.cpp" line="115" />
            <location filename="../app/cli/cmd_status.cpp" line="145" />
            <location filename="../app/cli/cmd_transfer.cpp" line="79" />
            <location filename="../app/cli/cmd_workspace.cpp" line="149" />
            <location filename="../app/cli/cmd_workspace.cpp" line="170" />
            <location filename="../app/cli/cmd_workspace.cpp" line="208" />
            <location filename="../app/cli/cmd_workspace.cpp" line="236" />
            <location filename="../app/cli/cmd_workspace.cpp" line="258" />
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="164" />
            <location filename="../app/cli/cmd_assessment.cpp" line="27" />
            <location filename="../app/cli/cmd_assessment.cpp" line="117" />
            <location filename="../app/cli/cmd_assessment.cpp" line="172" />
            <location filename="../app/cli/cmd_capture.cpp" line="52" />
            <location filename="../app/cli/cmd_changereport.cpp" line="16" />
            <location filename="../app/cli/cmd_changes.cpp" line="112" />
            <location filename="../app/cli/cmd_cra.cpp" line="74" />
            <location filename="../app/cli/cmd_evidence.cpp" line="133" />
            <location filename="../app/cli/cmd_export.cpp" line="49" />
            <location filename="../app/cli/cmd_findings.cpp" line="65" />
            <location filename="../app/cli/cmd_form.cpp" line="133" />
            <location filename="../app/cli/cmd_formattach.cpp" line="95" />
            <location filename="../app/cli/cmd_label.cpp" line="99" />
            <location filename="../app/cli/cmd_markets.cpp" line="99" />
            <location filename="../app/cli/cmd_portfolio.cpp" line="15" />
            <location filename="../app/cli/cmd_psti.cpp" line="17" />
            <location filename="../app/cli/cmd_psti.cpp" line="37" />
            <location filename="../app/cli/cmd_reminders.cpp" line="17" />
            <location filename="../app/cli/cmd_review.cpp" line="57" />
            <location filename="../app/cli/cmd_review.cpp" line="219" />
            <location filename="../app/cli/cmd_status.cpp" line="75" />
            <location filename="../app/cli/cmd_status.cpp" line="130" />
            <location filename="../app/cli/cmd_workspace.cpp" line="60" />
            <location filename="../app/cli/cmd_workspace.cpp" line="78" />
            <location filename="../app/cli/cmd_workspace.cpp" line="105" />
            <location filename="../app/cli/cmd_workspace.cpp" line="181" />
            <location filename="../app/cli/cmd_workspace.cpp" line="226" />
            <source>Workspace: a .hoshi file or a postgresql:// server address.</source>
            <translation>ワークスペース: .hoshi ファイルまたは postgresql:// のサーバーアドレス。</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="179" />
            <location filename="../app/cli/cmd_label.cpp" line="299" />
            <location filename="../app/cli/cmd_server.cpp" line="80" />
            <source>error: --%1 is required</source>
            <translation>エラー: --%1 は必須です</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="185" />
            <source>error: --%1 takes a positive number, not "%2"</source>
            <translation>エラー: --%1 には正の数を指定してください（「%2」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="207" />
            <location filename="../app/cli/cmd_label.cpp" line="62" />
            <source>error: --%1 takes a date as YYYY-MM-DD, not "%2"</source>
            <translation>エラー: --%1 には YYYY-MM-DD 形式の日付を指定してください（「%2」は不可）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="120" />
            <location filename="../app/cli/cmd_catalog.cpp" line="27" />
            <location filename="../app/cli/cmd_catalog.cpp" line="47" />
            <location filename="../app/cli/cmd_catalog.cpp" line="79" />
            <location filename="../app/cli/cmd_catalog.cpp" line="104" />
            <location filename="../app/cli/cmd_catalog.cpp" line="147" />
            <location filename="../app/cli/cmd_catalog.cpp" line="189" />
            <location filename="../app/cli/cmd_cra.cpp" line="78" />
            <location filename="../app/cli/cmd_criteria.cpp" line="110" />
            <location filename="../app/cli/cmd_criteria.cpp" line="174" />
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="66" />
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="78" />
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="138" />
            <location filename="../app/cli/cmd_evidence.cpp" line="45" />
            <location filename="../app/cli/cmd_evidence.cpp" line="79" />
            <location filename="../app/cli/cmd_evidence.cpp" line="193" />
            <location filename="../app/cli/cmd_evidence.cpp" line="255" />
            <location filename="../app/cli/cmd_formattach.cpp" line="144" />
            <location filename="../app/cli/cmd_portfolio.cpp" line="16" />
            <location filename="../app/cli/cmd_server.cpp" line="100" />
            <location filename="../app/cli/cmd_status.cpp" line="76" />
            <location filename="../app/cli/cmd_status.cpp" line="132" />
            <source>Print JSON.</source>
            <translation>JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="45" />
            <location filename="../app/cli/cmd_server.cpp" line="72" />
            <source>Organisation id.</source>
            <translation>組織 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="58" />
            <source>there is no organisation %1</source>
            <translation>組織 %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="80" />
            <source>Only the products of this organisation.</source>
            <translation>この組織の製品だけを表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="102" />
            <location filename="../app/cli/cmd_workspace.cpp" line="106" />
            <source>Product id.</source>
            <translation>製品 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="106" />
            <source>Model number (repeatable; replaces the stored list).</source>
            <translation>型番（複数指定可。保存済みの一覧を置き換えます）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="107" />
            <location filename="../app/cli/cmd_workspace.cpp" line="81" />
            <source>Support period end date.</source>
            <translation>サポート期間の終了日。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="119" />
            <source>there is no product %1</source>
            <translation>製品 %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="148" />
            <source>Only the declarations of this product.</source>
            <translation>この製品の適合宣言だけを表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="28" />
            <location filename="../app/cli/cmd_assessment.cpp" line="118" />
            <location filename="../app/cli/cmd_capture.cpp" line="54" />
            <location filename="../app/cli/cmd_catalog.cpp" line="187" />
            <location filename="../app/cli/cmd_changereport.cpp" line="17" />
            <location filename="../app/cli/cmd_changes.cpp" line="113" />
            <location filename="../app/cli/cmd_cra.cpp" line="75" />
            <location filename="../app/cli/cmd_evidence.cpp" line="46" />
            <location filename="../app/cli/cmd_evidence.cpp" line="131" />
            <location filename="../app/cli/cmd_export.cpp" line="50" />
            <location filename="../app/cli/cmd_form.cpp" line="135" />
            <location filename="../app/cli/cmd_formattach.cpp" line="89" />
            <location filename="../app/cli/cmd_label.cpp" line="100" />
            <location filename="../app/cli/cmd_markets.cpp" line="100" />
            <location filename="../app/cli/cmd_psti.cpp" line="19" />
            <location filename="../app/cli/cmd_psti.cpp" line="38" />
            <location filename="../app/cli/cmd_review.cpp" line="58" />
            <location filename="../app/cli/cmd_status.cpp" line="131" />
            <location filename="../app/cli/cmd_workspace.cpp" line="182" />
            <source>Declaration id.</source>
            <translation>申告 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="74" />
            <source>conflict: %1</source>
            <translation>競合: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="99" />
            <location filename="../app/cli/cmd_catalog.cpp" line="198" />
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="88" />
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="193" />
            <location filename="../app/cli/cmd_evidence.cpp" line="53" />
            <location filename="../app/cli/cmd_evidence.cpp" line="265" />
            <source>there is no declaration %1</source>
            <translation>適合宣言 %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="229" />
            <source>usage: hoshi-cli organisation add|list|show|set|remove WS ... (see --help of each)</source>
            <translation>使い方: hoshi-cli organisation add|list|show|set|remove WS ...（詳しくは各サブコマンドの --help）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="238" />
            <source>usage: hoshi-cli product add|list|show|set|remove WS ... (see --help of each)</source>
            <translation>使い方: hoshi-cli product add|list|show|set|remove WS ...（詳しくは各サブコマンドの --help）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="248" />
            <source>usage: hoshi-cli declaration new|set|carry-over|list|show|remove WS ... (see --help of each)</source>
            <translation>使い方: hoshi-cli declaration new|set|carry-over|list|show|remove WS ...（詳しくは各サブコマンドの --help）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changereport.cpp" line="18" />
            <source>Folder for the draft (created when missing).</source>
            <translation>下書きを書き出すフォルダー（なければ作成）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changereport.cpp" line="34" />
            <source>error: declaration %1 has no label baseline yet; record the label first (hoshi-cli label set).</source>
            <translation>エラー: 宣言 %1 にはまだラベルの基準点がありません。先にラベルを記録してください（hoshi-cli label set）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_changereport.cpp" line="53" />
            <source>%n change(s) since the label; this is a draft: Hoshi does not fill in IPA's official form.</source>
            <translation>
                <numerusform>ラベル取得以降の変更は %n 件です。これは下書きです。Hoshi は IPA の公式様式を記入しません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="29" />
            <source>error: declaration %1 has no %2 baseline yet</source>
            <translation>エラー: 適合宣言 %1 にはまだ %2 のベースラインがありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="57" />
            <source>Changes since the %1 baseline of %2 (by %3):</source>
            <translation>%2 の %1 ベースライン（%3）以降の変更:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="60" />
            <location filename="../app/cli/cmd_changes.cpp" line="100" />
            <source>  none</source>
            <translation>  なし</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_changes.cpp" line="64" />
            <source>Re-test plan: %n device test(s) to run again on firmware %1:</source>
            <translation>
                <numerusform>再テスト計画: ファームウェア %1 で再実施する実機テストが %n 件あります:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="98" />
            <source>Changes recorded since %1:</source>
            <translation>%1 以降に記録された変更:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="114" />
            <source>approval, export, label or a date (YYYY-MM-DD).</source>
            <translation>approval、export、label または日付（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="116" />
            <source>Print the changes as JSON.</source>
            <translation>変更を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="124" />
            <location filename="../app/cli/cmd_review.cpp" line="80" />
            <source>error: there is no declaration with the id %1</source>
            <translation>エラー: ID %1 の適合宣言はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="133" />
            <source>error: --since takes approval, export, label or a date YYYY-MM-DD, not "%1"</source>
            <translation>エラー: --since には approval、export、label または日付 YYYY-MM-DD を指定してください（「%1」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="100" />
            <location filename="../app/cli/cmd_export.cpp" line="145" />
            <source>warning: %1</source>
            <translation>警告: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="111" />
            <source>Also load criteria files from FOLDER (default: the user folder).</source>
            <translation>FOLDER の適合基準ファイルも読み込みます（既定: ユーザーフォルダー）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="107" />
            <source>Criteria set id.</source>
            <translation>適合基準セット ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="183" />
            <source>error: criteria show takes one criteria set id</source>
            <translation>エラー: criteria show には適合基準セット ID を 1 つ指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="204" />
            <source>error: unknown criteria set %1 (see: hoshi-cli criteria list)</source>
            <translation>エラー: 適合基準セット %1 はありません（hoshi-cli criteria list で確認してください）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="213" />
            <source>level ★%1, %2, %3, published %4</source>
            <translation>レベル ★%1、%2、%3、公開日 %4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="157" />
            <source> vendor</source>
            <translation> 組織共通</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="134" />
            <source>%1	data revision %7	★%2	%3	%4 items	%5%6</source>
            <translation>%1	データ改訂%7	★%2	%3	%4 項目	%5%6</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="160" />
            <source>    N/A when: %1</source>
            <translation>    対象外とできる条件: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="161" />
            <source>    N/A: never</source>
            <translation>    対象外: 不可</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="164" />
            <source>    evaluation points, one or more of:</source>
            <translation>    評価項目（次のうち1つ以上）:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="165" />
            <source>    evaluation points, all of:</source>
            <translation>    評価項目（次のすべて）:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="175" />
            <source>With --declaration: the workspace holding it.</source>
            <translation>--declaration と共に: その宣言のあるワークスペース。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="176" />
            <source>Show the set as this declaration uses it: its data revision and its official evaluation points, if set.</source>
            <translation>この宣言が使う形で適合基準を表示する（データ改訂と、設定されていれば公式評価項目）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="179" />
            <source>Criteria set id, optionally with @DATA-REVISION.</source>
            <translation>適合基準の識別子（@データ改訂 を付けてもよい）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="187" />
            <source>--workspace and --declaration go together</source>
            <translation>--workspace と --declaration は一緒に指定します</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="196" />
            <source>declaration %1 uses %2, not %3</source>
            <translation>宣言 %1 が使うのは %2 で、%3 ではありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="222" />
            <source>Criteria files to validate.</source>
            <translation>検証する適合基準ファイル。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="226" />
            <source>error: name at least one criteria file</source>
            <translation>エラー: 適合基準ファイルを 1 つ以上指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="233" />
            <source>%1: ok (%2, %3 items)</source>
            <translation>%1: OK（%2、%3 項目）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="262" />
            <source>usage: hoshi-cli criteria list|show|check|diff|migrate|update|overlay ...</source>
            <translation>使い方: hoshi-cli criteria list|show|check|diff|migrate|update|overlay ...</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="39" />
            <source>error: %1 is neither a criteria file nor a known criteria set id (see: hoshi-cli criteria list)</source>
            <translation>エラー: %1 は評価基準ファイルでも既知の基準 ID でもありません（hoshi-cli criteria list を参照）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="46" />
            <source>added</source>
            <translation>追加</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="47" />
            <location filename="../app/cli/cmd_sync.cpp" line="31" />
            <source>removed</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="48" />
            <source>reworded</source>
            <translation>文言の変更</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="49" />
            <location filename="../app/cli/cmd_sync.cpp" line="29" />
            <source>changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="67" />
            <source>Older criteria set: a file or a set id.</source>
            <translation>古い版の評価基準: ファイルまたは基準 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="68" />
            <source>Newer criteria set: a file or a set id.</source>
            <translation>新しい版の評価基準: ファイルまたは基準 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="72" />
            <source>error: criteria diff takes two criteria sets, OLD and NEW</source>
            <translation>エラー: criteria diff には 2 つの評価基準（OLD と NEW）を指定します</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="93" />
            <source>%1 → %2: %3 added, %4 removed, %5 changed, %6 reworded</source>
            <translation>%1 → %2: 追加 %3、削除 %4、変更 %5、文言の変更 %6</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="106" />
            <source>Write the format-2 file to FILE (default: replace FILE in place).</source>
            <translation>形式 2 のファイルを FILE に書き出します（既定: 元の FILE を置き換え）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="108" />
            <source>A format-1 criteria file.</source>
            <translation>形式 1 の評価基準ファイル。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="112" />
            <source>error: criteria migrate takes one criteria file</source>
            <translation>エラー: criteria migrate には評価基準ファイルを 1 つ指定します</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="125" />
            <source>error: %1: %2</source>
            <translation>エラー: %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="133" />
            <source>%1: format 2 written to %2</source>
            <translation>%1: 形式 2 で %2 に書き出しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="47" />
            <source>Only the evidence backing this item.</source>
            <translation>この項目を裏付ける証跡だけを表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="77" />
            <location filename="../app/cli/cmd_evidence.cpp" line="192" />
            <source>Evidence id.</source>
            <translation>証跡 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="81" />
            <location filename="../app/cli/cmd_workspace.cpp" line="184" />
            <source>document or device-test.</source>
            <translation>document（文書確認）または device-test（実機テスト）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="82" />
            <location filename="../app/cli/cmd_workspace.cpp" line="185" />
            <source>Test date.</source>
            <translation>試験日。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="94" />
            <location filename="../app/cli/cmd_evidence.cpp" line="210" />
            <source>there is no evidence %1</source>
            <translation>証跡 %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="102" />
            <source>--kind is document or device-test</source>
            <translation>--kind は document または device-test です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="132" />
            <source>Print the new evidence ids as JSON.</source>
            <translation>新しい証跡 ID を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="135" />
            <source>JSON array of evidence records ("-" reads standard input); see docs/cli.md.</source>
            <translation>証跡レコードの JSON 配列（「-」で標準入力から読み込み）。形式は docs/cli.md を参照してください。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="144" />
            <source>name the JSON file to import</source>
            <translation>取り込む JSON ファイルを指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="180" />
            <source>usage: hoshi-cli evidence add|import|list|show|set|remove|capture|rerun|note WS ... (see --help of each)</source>
            <translation>使い方: hoshi-cli evidence add|import|list|show|set|remove|capture|rerun|note WS ...（それぞれの --help を参照）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="41" />
            <source>moved	%1	%2 → %3</source>
            <translation>移動	%1	%2 → %3</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="45" />
            <source>chosen</source>
            <translation>選択済み</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="47" />
            <source>evidence %1</source>
            <translation>証跡 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="48" />
            <source>no match	%1	%2 (%3): %4 — choose or link again</source>
            <translation>対応なし	%1	%2（%3）: %4 — 選択または紐付けをやり直してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="74" />
            <source>The declaration to update.</source>
            <translation>更新する宣言。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="75" />
            <source>Data revision to apply (default: the newest known).</source>
            <translation>適用するデータ改訂（既定: 既知の最新）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="77" />
            <source>Only print what would change.</source>
            <translation>変更内容を表示するだけにする。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="93" />
            <source>--to takes a data revision number</source>
            <translation>--to にはデータ改訂の番号を指定します</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="95" />
            <source>Declaration %1 already uses the newest data of %2.</source>
            <translation>宣言 %1 はすでに %2 の最新データを使っています。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="101" />
            <source>there is no data revision %1 of %2</source>
            <translation>%2 のデータ改訂%1 はありません</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="121" />
            <source>%1 → data revision %2: %n item(s) with changed texts; nothing applied (--dry-run).</source>
            <translation>
                <numerusform>%1 → データ改訂%2: 文言の変わる項目 %n 件。適用はしていません（--dry-run）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="124" />
            <source>Declaration %1 now uses %2; every verdict, justification, note, evidence link and point choice was kept.</source>
            <translation>宣言 %1 は %2 を使うようになりました。判定、理由、メモ、証跡の紐付け、評価項目の選択はすべて維持されています。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="133" />
            <source>The declaration.</source>
            <translation>宣言。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="134" />
            <source>Lay the official evaluation points in FILE (JSON) over the declaration's criteria set.</source>
            <translation>FILE（JSON）の公式評価項目を宣言の適合基準に重ねる。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="137" />
            <source>Remove the official evaluation points again.</source>
            <translation>公式評価項目を取り除く。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="144" />
            <source>criteria overlay takes either --set FILE or --clear</source>
            <translation>criteria overlay には --set FILE か --clear のどちらかを指定します</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="150" />
            <location filename="../app/cli/cmd_evidence.cpp" line="148" />
            <source>cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="154" />
            <source>%1 is not a JSON object: %2</source>
            <translation>%1 はJSONオブジェクトではありません: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="169" />
            <source>Official evaluation points set for declaration %1: %2 answer(s) moved, %3 without a matching point.</source>
            <translation>宣言 %1 に公式評価項目を設定しました: 回答 %2 件を移し、対応する評価項目のないものが %3 件あります。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="171" />
            <source>Official evaluation points removed from declaration %1: %2 answer(s) moved, %3 without a matching point.</source>
            <translation>宣言 %1 から公式評価項目を取り除きました: 回答 %2 件を移し、対応する評価項目のないものが %3 件あります。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="183" />
            <source>--declaration takes a number</source>
            <translation>--declaration には番号を指定します</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="188" />
            <source>cannot open %1</source>
            <translation>%1 を開けません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="187" />
            <source>usage: hoshi-cli file list WS --evidence ID [--json]
       hoshi-cli file remove WS --file ID
       hoshi-cli file extract WS --file ID --out PATH ("-": standard output)</source>
            <translation>使い方: hoshi-cli file list WS --evidence ID [--json]
        hoshi-cli file remove WS --file ID
        hoshi-cli file extract WS --file ID --out PATH（「-」で標準出力）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="195" />
            <source>File id (see: hoshi-cli file list).</source>
            <translation>ファイル ID（hoshi-cli file list で確認できます）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="198" />
            <source>Where to write the content (refuses to overwrite; "-": standard output).</source>
            <translation>内容の書き出し先（上書きはしません。「-」で標準出力）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="223" />
            <source>there is no evidence file %1</source>
            <translation>証跡ファイル %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="228" />
            <source>--out is required</source>
            <translation>--out は必須です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="236" />
            <source>%1 exists already; nothing was written</source>
            <translation>%1 はすでに存在します。何も書き出していません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="252" />
            <source>Only this declaration (and its organisation's vendor-wide answers).</source>
            <translation>この適合宣言（とその組織共通の回答）だけを表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="254" />
            <source>Only this item (with --declaration).</source>
            <translation>この項目だけを表示します（--declaration と併用）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="270" />
            <source>--item needs --declaration</source>
            <translation>--item には --declaration も指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="27" />
            <source>signature: none (the archive is not signed)</source>
            <translation>署名: なし（アーカイブは署名されていません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="29" />
            <source>signature: INVALID: %1</source>
            <translation>署名: 無効: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="33" />
            <source>self-signed certificate</source>
            <translation>自己署名証明書</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="34" />
            <source>certificate issued by %1, trusted by this system</source>
            <translation>%1 が発行した証明書、このシステムで信頼済み</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="35" />
            <source>certificate issued by %1, chain not checked</source>
            <translation>%1 が発行した証明書、証明書チェーンは未確認</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="36" />
            <source>signature: valid, signed by %1 (%2, %3)%4
  certificate SHA-256 fingerprint: %5
  compare this fingerprint with the one the manufacturer gave you%6</source>
            <translation>署名: 有効、署名者 %1（%2、%3）%4
  証明書の SHA-256 フィンガープリント: %5
  このフィンガープリントを製造元から受け取ったものと照合してください%6</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="40" />
            <source> on %1</source>
            <translation>、署名日時 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="41" />
            <source>
  note: %1</source>
            <translation>
  注記: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="51" />
            <source>Existing folder to write into.</source>
            <translation>書き出し先の既存フォルダー。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="52" />
            <source>PEM private key to sign the evidence archive with (an encrypted key reads its passphrase from HOSHI_KEY_PASSPHRASE).</source>
            <translation>証跡アーカイブの署名に使う PEM 形式の秘密鍵（暗号化された鍵のパスフレーズは HOSHI_KEY_PASSPHRASE から読み込みます）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="56" />
            <source>PEM certificate of the signing key.</source>
            <translation>署名鍵の PEM 形式の証明書。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="57" />
            <source>Do not write the application package.</source>
            <translation>申請パッケージを書き出しません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="58" />
            <source>Do not write the evidence archive.</source>
            <translation>証跡アーカイブを書き出しません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="60" />
            <source>Evidence request: an archive holding only these items' evidence, e.g. S1.1-04,S1.1-13 (no application package).</source>
            <translation>エビデンス提出要請への対応: 指定した項目のエビデンスだけを含むアーカイブ（例: S1.1-04,S1.1-13、申請パッケージなし）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="63" />
            <source>Checklist language in the application package: ja (default; Japanese with English) or en (English only, UK PSTI route).</source>
            <translation>申請パッケージのチェックリストの言語: ja（既定。日本語に英語を併記）または en（英語のみ。英国 PSTI ルート）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="67" />
            <source>Fill this copy of IPA's checklist workbook instead of the declaration's attached form.</source>
            <translation>宣言に添付された様式の代わりに、この IPA チェックリストに記入します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="69" />
            <source>The form profile for --form (default: detected).</source>
            <translation>--form のフォームプロファイル（既定: 検出）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="74" />
            <source>error: --profile goes with --form</source>
            <translation>エラー: --profile は --form と一緒に指定します</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="79" />
            <source>error: --language is ja or en, not "%1"</source>
            <translation>エラー: --language には ja または en を指定してください（「%1」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="83" />
            <location filename="../app/cli/cmd_export.cpp" line="229" />
            <location filename="../app/cli/cmd_formattach.cpp" line="172" />
            <source>error: --out is required</source>
            <translation>エラー: --out は必須です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="87" />
            <source>error: --sign and --cert go together</source>
            <translation>エラー: --sign と --cert は両方指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="91" />
            <source>error: --no-package and --no-archive leave nothing to export</source>
            <translation>エラー: --no-package と --no-archive を両方指定すると、書き出すものがありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="121" />
            <source>exporting evidence: %1%</source>
            <translation>証跡を書き出し中: %1%</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="136" />
            <source>export refused: %1 Nothing was written.</source>
            <translation>書き出しを中止しました: %1 何も書き出していません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="141" />
            <source>Nothing was written.</source>
            <translation>何も書き出していません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="152" />
            <source>warning: the export was not recorded in the workspace: %1</source>
            <translation>警告: エクスポートはワークスペースに記録されませんでした: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="154" />
            <source>official form filled: %1 (in the application package)</source>
            <translation>公式様式に記入しました: %1（申請パッケージ内）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="165" />
            <source>Evidence archive (.zip).</source>
            <translation>証跡アーカイブ（.zip）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="166" />
            <source>Print the full report as JSON.</source>
            <translation>検証結果のすべてを JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="170" />
            <source>error: give exactly one archive</source>
            <translation>エラー: アーカイブを 1 つだけ指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="175" />
            <source>error: %1 is not a file</source>
            <translation>エラー: %1 はファイルではありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="187" />
            <source>UNREADABLE: %1</source>
            <translation>読み取り不能: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="190" />
            <source>archive: %1</source>
            <translation>アーカイブ: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="191" />
            <source>bag: %1 (%2, export %3 of %4)</source>
            <translation>バッグ: %1（%2、エクスポート %3、%4）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="192" />
            <source>(root)</source>
            <translation>（ルート）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="194" />
            <source>declaration: %1 / %2 / %3</source>
            <translation>適合宣言: %1 / %2 / %3</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="199" />
            <source>subset: items %1 of export %2</source>
            <translation>部分アーカイブ: エクスポート %2 のうち項目 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="201" />
            <source>payload: %1 files, %2 bytes</source>
            <translation>ペイロード: %1 ファイル、%2 バイト</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="205" />
            <source>INTACT: every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match, nothing is missing or added.</source>
            <translation>完全: すべてのファイルが manifest-sha256.txt と manifest-sha512.txt に一致し、タグマニフェストも一致しています。欠落も追加もありません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="209" />
            <source>NOT INTACT: %1 problem(s)</source>
            <translation>不完全: 問題 %1 件</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="220" />
            <source>Folder for hoshi-signing-key.pem and hoshi-signing-cert.pem.</source>
            <translation>hoshi-signing-key.pem と hoshi-signing-cert.pem を書き出すフォルダー。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="222" />
            <source>Name in the certificate (default: the user name).</source>
            <translation>証明書に記載する名前（既定: ユーザー名）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="224" />
            <source>Validity in days (default %1).</source>
            <translation>有効期間の日数（既定 %1）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="237" />
            <source>error: --days takes a number of days from 1 to 36500</source>
            <translation>エラー: --days には 1 から 36500 までの日数を指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="252" />
            <source>subject: %1
certificate SHA-256 fingerprint: %2
Keep the key private. Give the fingerprint to whoever will check your archives.</source>
            <translation>サブジェクト: %1
証明書の SHA-256 フィンガープリント: %2
秘密鍵は他人に渡さないでください。フィンガープリントはアーカイブを検証する相手に伝えてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_findings.cpp" line="41" />
            <source>Imported %n finding(s) by %1 as comments on declaration %2: %3 accepted, %4 questions, %5 more evidence needed.</source>
            <translation>
                <numerusform>%1 の指摘 %n 件を適合宣言 %2 のコメントとして取り込みました: 了承 %3 件、質問 %4 件、追加エビデンス要求 %5 件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="50" />
            <source>The general remarks became a comment on the declaration.</source>
            <translation>全体所見は適合宣言へのコメントになりました。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="52" />
            <source>Signed by %1, certificate fingerprint (SHA-256) %2: compare it with the one the reviewer gave you.</source>
            <translation>%1 による署名、証明書フィンガープリント（SHA-256）%2: レビュー担当者から受け取った値と照合してください。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="55" />
            <source>The findings are not signed.</source>
            <translation>指摘ファイルには署名がありません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="57" />
            <source>Matched by the declaration's identity: the archive was exported before exports were recorded.</source>
            <translation>適合宣言の識別情報で照合しました: このアーカイブはエクスポートの記録が始まる前に作成されています。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="73" />
            <source>review import needs a workspace and a findings file.</source>
            <translation>review import にはワークスペースと指摘ファイルが必要です。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="44" />
            <location filename="../app/cli/cmd_label.cpp" line="49" />
            <location filename="../app/cli/cmd_markets.cpp" line="71" />
            <source>(not recorded)</source>
            <translation>（未記録）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="87" />
            <source>error: --status is one of %1, not "%2"</source>
            <translation>エラー: --status は %1 のいずれかです（「%2」は不可）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="108" />
            <source>Text; an empty value clears it.</source>
            <translation>テキスト。空の値で消去します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="110" />
            <source>Date; an empty value clears it.</source>
            <translation>日付。空の値で消去します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="111" />
            <source>active, extension-in-progress, withdrawn, revoked or none.</source>
            <translation>active（有効）、extension-in-progress（失効猶予）、withdrawn（自主取下げ）、revoked（取消し）、none（なし）のいずれか。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="121" />
            <location filename="../app/cli/cmd_label.cpp" line="229" />
            <location filename="../app/cli/cmd_workspace.cpp" line="160" />
            <source>error: there is no declaration %1</source>
            <translation>エラー: 宣言 %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="133" />
            <source>Nothing was changed.</source>
            <translation>何も変更していません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="160" />
            <source>declaration %1: %2 (%3)</source>
            <translation>宣言 %1: %2（%3）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="161" />
            <source>application number: %1</source>
            <translation>申請番号: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="162" />
            <source>submitted on: %1</source>
            <translation>申請日: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="163" />
            <source>registration number: %1</source>
            <translation>登録番号: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="164" />
            <source>issued on: %1</source>
            <translation>発行日: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="165" />
            <source>valid until: %1</source>
            <translation>有効期限: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="166" />
            <source>last extension: %1</source>
            <translation>最終延長日: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="167" />
            <source>successor: %1</source>
            <translation>後継製品・ラベル: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="168" />
            <source>product page: %1</source>
            <translation>製品ページ: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_label.cpp" line="172" />
            <source> (%n day(s) left)</source>
            <translation>
                <numerusform>（残り %n 日）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="173" />
            <source>status: %1</source>
            <translation>状態: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="176" />
            <source>re-test plan (firmware %1):</source>
            <translation>再テスト計画（ファームウェア %1）:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="182" />
            <source>history:</source>
            <translation>履歴:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="191" />
            <source>Print the record as JSON.</source>
            <translation>ラベル情報を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="192" />
            <source>Judge the status as of this date (default: today).</source>
            <translation>この日付時点で状態を判断します（既定: 今日）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="213" />
            <source>The product's new firmware version.</source>
            <translation>製品の新しいファームウェアバージョン。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="215" />
            <source>Print the re-test plan as JSON.</source>
            <translation>再テスト計画を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="250" />
            <source>firmware: %1 → %2</source>
            <translation>ファームウェア: %1 → %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="251" />
            <source>re-test plan: no device test needs to run again</source>
            <translation>再テスト計画: 再実施が必要な実機テストはありません</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_label.cpp" line="252" />
            <source>re-test plan: %n device test(s) to run again on %1</source>
            <translation>
                <numerusform>再テスト計画: %1 で再実施する実機テストが %n 件あります</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="262" />
            <source>PDF file to write.</source>
            <translation>書き出す PDF ファイル。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="314" />
            <source>usage: hoshi-cli label set WS --declaration ID [--application-number N] [--submitted-on D]
              [--registration-number R] [--issued-on D] [--valid-until D] [--extended-on D]
              [--successor S] [--product-page-url URL] [--status S]
       hoshi-cli label show WS --declaration ID [--json] [--today D]
       hoshi-cli label firmware WS --declaration ID --version V [--json]
       hoshi-cli label page WS --declaration ID --out FILE.pdf</source>
            <translation>使い方: hoshi-cli label set WS --declaration ID [--application-number N] [--submitted-on D]
              [--registration-number R] [--issued-on D] [--valid-until D] [--extended-on D]
              [--successor S] [--product-page-url URL] [--status S]
        hoshi-cli label show WS --declaration ID [--json] [--today D]
        hoshi-cli label firmware WS --declaration ID --version V [--json]
        hoshi-cli label page WS --declaration ID --out FILE.pdf</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_portfolio.cpp" line="17" />
            <source>Also write the table as CSV (UTF-8 with BOM).</source>
            <translation>表を CSV（BOM 付き UTF-8）にも書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_portfolio.cpp" line="18" />
            <source>Also write the table as an Excel workbook.</source>
            <translation>表を Excel ブックにも書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_portfolio.cpp" line="47" />
            <source>Declaration</source>
            <translation>適合宣言</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_psti.cpp" line="18" />
            <source>The PSTI statement of compliance (PDF or other file).</source>
            <translation>PSTI 適合宣言書（PDF などのファイル）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_psti.cpp" line="23" />
            <source>usage: hoshi-cli psti-statement WS --declaration ID FILE</source>
            <translation>使い方: hoshi-cli psti-statement WS --declaration ID FILE</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_psti.cpp" line="39" />
            <source>Write the CSV to FILE instead of standard output.</source>
            <translation>CSV を標準出力ではなく FILE に書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="18" />
            <source>Also write the dates as an iCalendar file.</source>
            <translation>日付を iCalendar ファイルにも書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="66" />
            <source>Declaration %1: %2, level %3; label %4, valid until %5</source>
            <translation>適合宣言 %1: %2、レベル %3、ラベル %4、有効期限 %5</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="74" />
            <source>legal basis: %1</source>
            <translation>法的根拠: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="76" />
            <source>source (official): %1</source>
            <translation>出典（公式）: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="76" />
            <source>source (secondary): %1</source>
            <translation>出典（二次情報）: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_markets.cpp" line="84" />
            <source>Mapping %1 -&gt; %2 (%n pair(s))</source>
            <translation>
                <numerusform>マッピング %1 -&gt; %2（%n 組）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="87" />
            <source>official: %1</source>
            <translation>公式: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="88" />
            <source>ours (Hoshi's reading, not official)</source>
            <translation>独自（Hoshi の解釈。公式ではありません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="101" />
            <source>Print the statuses (and mappings) as JSON.</source>
            <translation>状況（とマッピング）を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="102" />
            <source>Also show the mapping sets of the declaration's criteria, with the provenance of each entry.</source>
            <translation>適合宣言の評価基準のマッピングセットも、各エントリの出所とともに表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="104" />
            <source>Write the UK compliance record (English) to FILE.pdf, and FILE.json beside it.</source>
            <translation>英国適合記録（英語）を FILE.pdf に、その隣に FILE.json を書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="106" />
            <location filename="../app/cli/cmd_reminders.cpp" line="19" />
            <source>Judge as of this date (default: today).</source>
            <translation>この日付時点で判断します（既定: 今日）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="124" />
            <source>wrote %1 and %2</source>
            <translation>%1 と %2 を書き出しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="130" />
            <source>warning: mapping file refused: %1</source>
            <translation>警告: マッピングファイルを受け付けませんでした: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="20" />
            <source>Days ahead to look (default %1).</source>
            <translation>何日先まで確認するか（既定 %1）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="22" />
            <source>Print the reminders as JSON.</source>
            <translation>リマインダーを JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="33" />
            <source>error: --within takes a number of days from 0 to 3650</source>
            <translation>エラー: --within には 0〜3650 の日数を指定してください</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_reminders.cpp" line="60" />
            <source>nothing due within %n day(s)</source>
            <translation>
                <numerusform>%n 日以内に期限を迎えるものはありません</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="48" />
            <source>usage: hoshi-cli review comment WS --declaration ID [--item ITEM] --author NAME --text T
       hoshi-cli review resolve WS --comment ID --author NAME
       hoshi-cli review list WS --declaration ID [--json]
       hoshi-cli review request|approve WS --declaration ID --author NAME
       hoshi-cli review reject WS --declaration ID --author NAME --reason T</source>
            <translation>使い方: hoshi-cli review comment WS --declaration ID [--item ITEM] --author NAME --text T
       hoshi-cli review resolve WS --comment ID --author NAME
       hoshi-cli review list WS --declaration ID [--json]
       hoshi-cli review request|approve WS --declaration ID --author NAME
       hoshi-cli review reject WS --declaration ID --author NAME --reason T</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="59" />
            <source>Criteria item the comment is about (comment).</source>
            <translation>コメントの対象とする評価項目（comment）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="60" />
            <source>Name of who comments, resolves, requests or decides.</source>
            <translation>コメント・解決・依頼・判断をする人の名前。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="61" />
            <source>Comment text (comment).</source>
            <translation>コメント本文（comment）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="62" />
            <source>Comment id (resolve).</source>
            <translation>コメント ID（resolve）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="63" />
            <source>Why changes are needed (reject).</source>
            <translation>修正が必要な理由（reject）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="64" />
            <source>Print JSON (list).</source>
            <translation>JSON で出力します（list）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="72" />
            <source>error: --author is required</source>
            <translation>エラー: --author は必須です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="116" />
            <source>review state: %1</source>
            <translation>レビュー状態: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="118" />
            <source>approved by %1 at %2 (fingerprint %3)%4</source>
            <translation>%1 が %2 に承認（フィンガープリント %3）%4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="120" />
            <source>, stale: the declaration changed since</source>
            <translation>、失効: その後に適合宣言が変更されています</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="122" />
            <source>warning: the approval was given from the same account (%1) that asked for the review or changed the declaration</source>
            <translation>警告: 承認は、レビューを依頼した、または適合宣言を変更したのと同じアカウント（%1）から行われました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="125" />
            <source>  %1	%2	%3 (%4)%5</source>
            <translation>  %1	%2	%3（%4）%5</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="127" />
            <source>account not recorded</source>
            <translation>アカウントの記録なし</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="127" />
            <source>account %1</source>
            <translation>アカウント %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="133" />
            <source>resolved by %1</source>
            <translation>%1 が解決</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="33" />
            <source>error: --set takes FIELD=VALUE with FIELD one of %1; got "%2"</source>
            <translation>エラー：--set には FIELD=VALUE を指定します（FIELD は %1 のいずれか）。指定値：「%2」</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="47" />
            <source>EU Cyber Resilience Act, Annex I — declaration %1 (%2, %3)</source>
            <translation>EU サイバーレジリエンス法 附属書 I — 宣言 %1（%2、%3）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="59" />
            <source>Covered %1, partly %2, not covered %3 (✓: conforming with evidence).</source>
            <translation>充足 %1、一部充足 %2、未充足 %3（✓：証跡付きで適合）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="63" />
            <source>What ★1 does not cover:</source>
            <translation>★1 でカバーされないもの：</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="66" />
            <location filename="../app/cli/cmd_review.cpp" line="133" />
            <source>open</source>
            <translation>未対応</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="66" />
            <source>recorded</source>
            <translation>記録済み</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="76" />
            <source>Change a CRA field first (repeatable; \n in VALUE starts a new line): %1.</source>
            <translation>先に CRA 項目を変更します（繰り返し指定可。VALUE 内の \n は改行）：%1。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="80" />
            <source>Write the technical documentation draft and the EU declaration of conformity draft (PDF and JSON, English) into this folder.</source>
            <translation>技術文書の下書きと EU 適合宣言書の下書き（PDF と JSON、英語）をこのフォルダーに書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="122" />
            <source>These are drafts for the manufacturer to complete and sign: Hoshi prepares, the manufacturer declares.</source>
            <translation>これらは製造者が完成させて署名する下書きです。Hoshi は準備を支援し、宣言するのは製造者です。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_review.cpp" line="136" />
            <source>%n open comment(s)</source>
            <translation>
                <numerusform>未解決のコメント %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="156" />
            <source>declaration %1: %2</source>
            <translation>適合宣言 %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="166" />
            <source>error: there is no comment with the id %1</source>
            <translation>エラー: ID %1 のコメントはありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="221" />
            <source>on: a declaration must be approved (and unchanged since) before it can be exported.</source>
            <translation>on: 適合宣言は承認され、その後変更されていない場合にのみエクスポートできます。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="229" />
            <source>error: --require-approval takes on or off, not "%1"</source>
            <translation>エラー: --require-approval には on または off を指定してください（「%1」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="109" />
            <source>organisation %1: %2</source>
            <translation>組織 %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="111" />
            <source>  product %1: %2 (firmware %3)</source>
            <translation>  製品 %1: %2（ファームウェア %3）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="115" />
            <source>    declaration %1: %2 %3, %4/%5 assessed, %6</source>
            <translation>    適合宣言 %1: %2 %3、%4/%5 項目評価済み、%6</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="119" />
            <source>submittable</source>
            <translation>申請可能</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="120" />
            <source>%1 blocking problem(s)</source>
            <translation>申請を妨げる問題 %1 件</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="133" />
            <source>Do not re-hash the stored evidence files.</source>
            <translation>保存済みの証跡ファイルのハッシュを再計算しません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="164" />
            <source>submittable: no blocking problems, %1 warning(s)</source>
            <translation>申請可能: 申請を妨げる問題はありません。警告 %1 件</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="165" />
            <source>blocked: %1 blocking problem(s), %2 warning(s)</source>
            <translation>申請不可: 申請を妨げる問題 %1 件、警告 %2 件</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="26" />
            <source>error: the workspace has no organisation yet (hoshi-cli organisation add)</source>
            <translation>エラー: ワークスペースにまだ組織がありません（hoshi-cli organisation add で追加してください）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="27" />
            <source>error: the workspace has several organisations; name one with --organisation ID</source>
            <translation>エラー: ワークスペースに複数の組織があります。--organisation ID で指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="36" />
            <source>New workspace: a .hoshi file, or an empty database on a server (postgresql://...).</source>
            <translation>新しいワークスペース: .hoshi ファイル、またはサーバー上の空のデータベース（postgresql://...）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="37" />
            <source>Create a first organisation named NAME.</source>
            <translation>NAME という名前で最初の組織を作成します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="79" />
            <source>Organisation id (default: the only one).</source>
            <translation>組織 ID（既定: 唯一の組織）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="80" />
            <source>Model number (repeatable).</source>
            <translation>型番（複数指定可）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="108" />
            <source>standard or psti.</source>
            <translation>standard または psti。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="109" />
            <source>Declaration id (set).</source>
            <translation>適合宣言 ID（set で使用）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="110" />
            <source>Evaluation completion date (set).</source>
            <translation>評価完了日（set で使用）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="111" />
            <source>PSTI statement of compliance or its URL (set).</source>
            <translation>PSTI 適合声明またはその URL（set で使用）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="125" />
            <source>error: --route is standard or psti, not "%1"</source>
            <translation>エラー: --route は standard または psti です（「%1」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="153" />
            <source>every answer carried over</source>
            <translation>すべての回答を引き継ぎました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="154" />
            <source>to assess again (new or changed): %1</source>
            <translation>再評価が必要な項目（新規または変更）: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="29" />
            <location filename="../app/cli/cmd_assessment.cpp" line="119" />
            <source>Item id, e.g. S1.1-04.</source>
            <translation>項目 ID（例: S1.1-04）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="30" />
            <source>conforming, not-applicable, non-conforming or not-assessed.</source>
            <translation>conforming（適合）、not-applicable（対象外）、non-conforming（不適合）、not-assessed（未評価）のいずれか。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="32" />
            <source>Justification (needed for not-applicable).</source>
            <translation>根拠（対象外とする場合は必須）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="33" />
            <source>Notes.</source>
            <translation>メモ。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="35" />
            <source>Save only while the answer still has this version (as "assessment show" printed it; 0 for an item never answered); otherwise change nothing and exit 3.</source>
            <translation>回答がまだこの版のときだけ保存します（"assessment show" が表示した版。未回答の項目は 0）。そうでなければ何も変更せず終了コード 3 で終わります。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="49" />
            <source>error: --expect-version takes a number from 0 on, not "%1"</source>
            <translation>エラー: --expect-version には 0 以上の数を指定してください（"%1" は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="62" />
            <source>error: --verdict is conforming, not-applicable, non-conforming or not-assessed</source>
            <translation>エラー: --verdict は conforming、not-applicable、non-conforming、not-assessed のいずれかです</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="103" />
            <source>%1 is not an item of declaration %2</source>
            <translation>%1 は適合宣言 %2 の項目ではありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="141" />
            <source>error: a batch line is a JSON array: ["assess", options...] or ["assessment", "show", options...]</source>
            <translation>エラー: batch の各行は JSON 配列です: ["assess", オプション...] または ["assessment", "show", オプション...]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="160" />
            <source>usage: hoshi-cli assessment show WS --declaration ID --item ITEM [--json]</source>
            <translation>使い方: hoshi-cli assessment show WS --declaration ID --item ITEM [--json]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="176" />
            <source>Standard input: one JSON array per line, an assess or assessment show command without the workspace, e.g. ["assess", "--declaration", "2", "--item", "S1.1-04", "--verdict", "conforming"]. Each line is answered at once with one line {"exit": N, "out": "...", "err": "..."} on standard output; the batch exits with the highest exit code of its lines.</source>
            <translation>標準入力: 1 行に JSON 配列を 1 つ。ワークスペースを省いた assess または assessment show のコマンドです（例: ["assess", "--declaration", "2", "--item", "S1.1-04", "--verdict", "conforming"]）。各行にはすぐ標準出力の 1 行 {"exit": N, "out": "...", "err": "..."} で答えます。batch の終了コードは各行の終了コードのうち最大のものです。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="204" />
            <source>error: a batch line must be a JSON array of words: %1</source>
            <translation>エラー: batch の各行は語の JSON 配列でなければなりません: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="205" />
            <source>not an array</source>
            <translation>配列ではありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="183" />
            <source>Item the evidence backs (repeatable).</source>
            <translation>証跡が裏付ける項目（複数指定可）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="186" />
            <source>File to attach (repeatable).</source>
            <translation>添付するファイル（複数指定可）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="198" />
            <source>error: --kind is document or device-test</source>
            <translation>エラー: --kind は document または device-test です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="214" />
            <source>error: evidence %1 was added, but %2</source>
            <translation>エラー: 証跡 %1 は追加しましたが、%2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="240" />
            <source>%1: the server gave back the space of removed content</source>
            <translation>%1: 削除された内容の領域をサーバーが解放しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="242" />
            <source>%1: %2 -&gt; %3 bytes</source>
            <translation>%1: %2 → %3 バイト</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="249" />
            <source>New workspace to write the demo into: a .hoshi file, or an empty database on a server.</source>
            <translation>デモを書き込む新しいワークスペース: .hoshi ファイル、またはサーバー上の空のデータベース。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="261" />
            <source>demo written to %1</source>
            <translation>デモを %1 に書き出しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="262" />
            <source>complete declaration: %1 (submittable)</source>
            <translation>完成した適合宣言: %1（申請可能）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="263" />
            <source>in-progress declaration: %1 (blocked)</source>
            <translation>作業中の適合宣言: %1（申請不可）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="264" />
            <source>★3 draft declaration: %1</source>
            <translation>★3 の下書き適合宣言: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="25" />
            <source>List, show, check, compare and migrate criteria sets.</source>
            <translation>評価基準セットの一覧・表示・検査・比較・移行。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="26" />
            <source>Create a workspace.</source>
            <translation>ワークスペースを作成します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="30" />
            <source>Add, list, show, change and remove organisations.</source>
            <translation>組織の追加・一覧・表示・変更・削除。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="35" />
            <source>Add, list, show, change and remove products.</source>
            <translation>製品の追加・一覧・表示・変更・削除。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="41" />
            <source>Start, change, carry over, list and remove declarations.</source>
            <translation>適合宣言の作成・変更・引き継ぎ・一覧・削除。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="44" />
            <source>Record the verdict of one item.</source>
            <translation>1 項目の判定を記録します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="46" />
            <source>Show the assessment of one item.</source>
            <translation>1 項目の評価を表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="47" />
            <source>Run many assess and assessment show lines on one workspace.</source>
            <translation>1 つのワークスペースで assess と assessment show の行をまとめて実行します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="61" />
            <source>List, remove and extract evidence files.</source>
            <translation>証跡ファイルの一覧・削除・取り出し。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="62" />
            <source>Show the history of changes.</source>
            <translation>変更履歴を表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="65" />
            <source>Show what changed since an approval, an export, the label or a date.</source>
            <translation>承認・出力・ラベル取得または日付以降の変更を表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="66" />
            <source>Summarise a workspace.</source>
            <translation>ワークスペースの概要を表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="68" />
            <source>Run the submission gate on a declaration.</source>
            <translation>適合宣言に申請前チェックを実行します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="74" />
            <source>Comment on, approve or reject a declaration; import findings.</source>
            <translation>適合宣言へのコメント・承認・差し戻し、所見の取り込み。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="75" />
            <source>Show or change workspace settings.</source>
            <translation>ワークスペースの設定を表示・変更します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="78" />
            <source>List every declaration, most urgent first.</source>
            <translation>すべての適合宣言を緊急度の高い順に一覧します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="84" />
            <source>Record the label, a firmware change, or write the label page.</source>
            <translation>ラベル情報・ファームウェア変更の記録、ラベルページの作成。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="58" />
            <source>Add, import, capture, list, change and remove evidence records.</source>
            <translation>証跡記録を追加・インポート・取り込み・一覧表示・変更・削除します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="85" />
            <source>List what is due: label ends, support ends, re-tests, evidence reviews.</source>
            <translation>期限の近いもの（ラベル有効期限、サポート終了、再試験、根拠の見直し）を一覧します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="88" />
            <source>Write the report of changes since the label.</source>
            <translation>ラベル取得以降の変更報告を作成します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="90" />
            <source>Keep the UK PSTI statement of compliance.</source>
            <translation>英国 PSTI の適合声明書を保管します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="92" />
            <source>EU Cyber Resilience Act readiness, its fields, and the drafts of the technical documentation and declaration of conformity.</source>
            <translation>EU サイバーレジリエンス法への対応状況、その項目、技術文書と適合宣言書の下書き。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="94" />
            <source>Write the ETSI EN 303 645 view as CSV.</source>
            <translation>ETSI EN 303 645 の対応表を CSV で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="98" />
            <source>Show the label's recognition in the UK and Singapore; write the UK compliance record.</source>
            <translation>ラベルの英国・シンガポールでの承認状況を表示し、英国適合記録を書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="106" />
            <source>IPA's checklist workbook: detect its form profile, fill a copy, attach it to a declaration.</source>
            <translation>IPA のチェックリスト（ワークブック）：フォームプロファイルの検出、記入済みコピーの作成、宣言への添付。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="111" />
            <source>Prepare a server database and grant access to it.</source>
            <translation>サーバーのデータベースを準備し、アクセス権を付与します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="112" />
            <source>Create the demo workspace.</source>
            <translation>デモ用ワークスペースを作成します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="113" />
            <source>Give unused space back.</source>
            <translation>未使用の領域を解放します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="114" />
            <source>Copy a workspace file to a server.</source>
            <translation>ワークスペースファイルをサーバーへ複製します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="115" />
            <source>Copy an organisation from a server to a file.</source>
            <translation>サーバーから組織をファイルへ複製します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="118" />
            <source>Bring two copies of a workspace (files or servers) to the same records.</source>
            <translation>ワークスペースの二つのコピー（ファイルまたはサーバー）を同じレコードにそろえます。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="121" />
            <source>Write the application package and the evidence archive.</source>
            <translation>申請パッケージと証跡アーカイブを出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="122" />
            <source>Verify an evidence archive.</source>
            <translation>証跡アーカイブを検証します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="123" />
            <source>Make a signing key and certificate.</source>
            <translation>署名鍵と証明書を作成します。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="162" />
            <source>usage: hoshi-cli COMMAND ...</source>
            <translation>使い方: hoshi-cli コマンド ...</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="167" />
            <source>Commands:</source>
            <translation>コマンド:</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="170" />
            <source>Every command takes --help, and --lang ja|en to choose the language (default: the locale).</source>
            <translation>どのコマンドも --help でヘルプを表示し、--lang ja|en で言語を選べます（既定: ロケール）。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="172" />
            <source>Exit codes: 0 success, 1 a negative answer (blocked, not intact), 2 usage or input error.</source>
            <translation>終了コード: 0 成功、1 否定的な結果（申請不可、不完全）、2 使い方または入力の誤り。</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="174" />
            <source>Exit code 3: not saved, someone else changed it since the version you named (--expect-version).</source>
            <translation>終了コード 3: 指定した版（--expect-version）の後に他の人が変更したため、保存していません。</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="93" />
            <source>hoshi-cli: unknown command "%1"</source>
            <translation>hoshi-cli: 不明なコマンド「%1」</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="17" />
            <source>usage: hoshi-cli server init URL
       hoshi-cli server grant URL --user U --organisation ID --role preparer|reviewer|auditor
       hoshi-cli server revoke URL --user U --organisation ID
       hoshi-cli server access URL [--json]</source>
            <translation>使い方: hoshi-cli server init URL
       hoshi-cli server grant URL --user U --organisation ID --role preparer|reviewer|auditor
       hoshi-cli server revoke URL --user U --organisation ID
       hoshi-cli server access URL [--json]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="27" />
            <source>Workspace database on a PostgreSQL server (postgresql://...), as its owner.</source>
            <translation>PostgreSQL サーバー上のワークスペースのデータベース（postgresql://...）。所有者として接続します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="32" />
            <source>error: the server address (URL) is missing</source>
            <translation>エラー: サーバーのアドレス（URL）がありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="62" />
            <source>%1: workspace ready; users and roles set up (preparer, reviewer, auditor). Give access with "hoshi-cli server grant".</source>
            <translation>%1: ワークスペースの準備ができ、ユーザーとロール（preparer、reviewer、auditor）を設定しました。アクセスは "hoshi-cli server grant" で付与します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="70" />
            <source>User: a PostgreSQL role that can log in (createuser).</source>
            <translation>ユーザー: ログインできる PostgreSQL ロール（createuser）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="74" />
            <source>preparer, reviewer or auditor.</source>
            <translation>preparer（作成者）、reviewer（レビュー担当者）、auditor（監査担当者）のいずれか。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="91" />
            <source>error: --role is preparer, reviewer or auditor</source>
            <translation>エラー: --role は preparer、reviewer、auditor のいずれかです</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="37" />
            <source>copying file content: %1 of %2 MB</source>
            <translation>ファイル内容をコピー中: %1 / %2 MB</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="53" />
            <source>copied %1 record(s) and %2 bytes of file content to %3 (%4 bytes of content were already there)</source>
            <translation>%3 に %1 件のレコードと %2 バイトのファイル内容をコピーしました（%4 バイトの内容は既にありました）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="156" />
            <location filename="../app/cli/cmd_transfer.cpp" line="57" />
            <source>note: %1</source>
            <translation>注: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="80" />
            <source>Nothing was copied.</source>
            <translation>何もコピーしていません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="141" />
            <source>Workspace to copy (a .hoshi file).</source>
            <translation>コピーするワークスペース（.hoshi ファイル）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="143" />
            <source>Workspace on a server to copy into (postgresql://...): an empty database, or a workspace that holds records already (then only what the file changed is written, as by sync).</source>
            <translation>コピー先のサーバー上のワークスペース（postgresql://...）：空のデータベース、またはすでにレコードを持つワークスペース（その場合は sync と同じく、ファイルで変わった内容だけを書き込みます）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="147" />
            <source>Into a workspace that holds records already: decide a conflict (ID=a keeps the file's value, ID=b the target's; all=a|b). Repeatable.</source>
            <translation>すでにレコードを持つワークスペースへ送るとき：競合を決める（ID=a はファイルの値、ID=b は送り先の値を残す。all=a|b）。複数指定できます。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="150" />
            <source>Print what was synchronised as JSON.</source>
            <translation>同期した内容を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="154" />
            <source>error: push needs the workspace and the address to copy it to</source>
            <translation>エラー: push にはワークスペースとコピー先のアドレスが必要です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="179" />
            <source>Workspace on a server (postgresql://...).</source>
            <translation>サーバー上のワークスペース（postgresql://...）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="180" />
            <source>New workspace file (.hoshi) to write.</source>
            <translation>作成する新しいワークスペースファイル（.hoshi）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="181" />
            <source>The organisation to copy.</source>
            <translation>コピーする組織。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="185" />
            <source>error: pull needs the address to copy from and a new file to write</source>
            <translation>エラー: pull にはコピー元のアドレスと作成する新しいファイルが必要です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="193" />
            <source>pull writes a new .hoshi file; %1 is a server address</source>
            <translation>pull は新しい .hoshi ファイルを作成します。%1 はサーバーのアドレスです</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="195" />
            <source>%1 already exists; pull writes a new file and never replaces one</source>
            <translation>%1 は既に存在します。pull は新しいファイルを作成し、既存のファイルを置き換えることはありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="215" />
            <source>error: cannot name the new workspace %1 (does it exist now?)</source>
            <translation>エラー：新しいワークスペースを %1 という名前にできません（その名前のファイルができていませんか）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="31" />
            <source>error: no criteria set "%1" (see hoshi-cli criteria list).</source>
            <translation>エラー: 適合基準「%1」がありません（hoshi-cli criteria list を参照）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="37" />
            <location filename="../app/cli/cmd_form.cpp" line="75" />
            <location filename="../app/cli/cmd_markets.cpp" line="70" />
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="48" />
            <source>Template: %1 (SHA-256 %2)</source>
            <translation>様式: %1（SHA-256 %2）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="49" />
            <source>Criteria: %1</source>
            <translation>適合基準: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_form.cpp" line="50" />
            <source>Items found: %n</source>
            <translation>
                <numerusform>見つかった項目: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="52" />
            <source>  %1  verdict %2, evidence %3, reason %4, remarks %5</source>
            <translation>  %1  判定 %2、根拠 %3、理由 %4、備考 %5</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="57" />
            <source>      point %1 (%2, verdict %3): %4</source>
            <translation>      評価項目 %1 (%2、判定 %3): %4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="58" />
            <source>      point %1 (%2): %3</source>
            <translation>      評価項目 %1 (%2): %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_form.cpp" line="61" />
            <source>Fields found: %n</source>
            <translation>
                <numerusform>見つかった記入欄: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="63" />
            <source>  %1 ("%2" at %3): %4</source>
            <translation>  %1（%3 の「%2」）: %4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="69" />
            <source>Fields without a cell (not required): %1</source>
            <translation>セルのない記入欄（必須ではありません）: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="74" />
            <source>Verdict words: %1 (list %2 from %3)</source>
            <translation>判定の語: %1（%3 のリスト %2）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="78" />
            <source>Detection is complete: every item has a verdict cell.</source>
            <translation>検出は完了しました: すべての項目に判定セルがあります。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="80" />
            <source>Detection is incomplete:</source>
            <translation>検出は未完了です:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="103" />
            <location filename="../app/cli/cmd_form.cpp" line="132" />
            <source>IPA's checklist workbook (.xlsx or .xlsm).</source>
            <translation>IPA のチェックリスト（.xlsx または .xlsm）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="104" />
            <source>Criteria set id (default %1).</source>
            <translation>適合基準の ID（既定は %1）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="106" />
            <source>Print the form profile as JSON.</source>
            <translation>様式プロファイルを JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="110" />
            <source>usage: hoshi-cli form detect TEMPLATE.xlsx [--criteria ID] [--json]</source>
            <translation>使い方: hoshi-cli form detect TEMPLATE.xlsx [--criteria ID] [--json]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="134" />
            <source>Form profile (JSON); detected when not given.</source>
            <translation>様式プロファイル（JSON）。省略すると自動検出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="136" />
            <source>The filled workbook to write.</source>
            <translation>書き出す記入済みブック。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="140" />
            <source>usage: hoshi-cli form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE</source>
            <translation>使い方: hoshi-cli form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="158" />
            <source>cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="166" />
            <source>error: the form profile does not fit this workbook:</source>
            <translation>エラー: 様式プロファイルがこのブックに合いません:</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_form.cpp" line="176" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n 件の問題</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="177" />
            <source>error: the form was not written: %1</source>
            <translation>エラー: 様式は書き出されませんでした: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="194" />
            <source>usage: hoshi-cli form detect TEMPLATE.xlsx [--criteria ID] [--json]
       hoshi-cli form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE</source>
            <translation>使い方: hoshi-cli form detect TEMPLATE.xlsx [--criteria ID] [--json]
        hoshi-cli form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="196" />
            <source>       hoshi-cli form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]
       hoshi-cli form show|export|remove WS --declaration ID [--json] [--out PROFILE.json]</source>
            <translation>       hoshi-cli form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]
       hoshi-cli form show|export|remove WS --declaration ID [--json] [--out PROFILE.json]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="40" />
            <source>the form has this item; the declaration's criteria set does not</source>
            <translation>様式にはこの項目がありますが、宣言の評価基準にはありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="46" />
            <source>form: %1</source>
            <translation>様式: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="47" />
            <source>template SHA-256: %1 (%2 bytes)</source>
            <translation>様式の SHA-256: %1（%2 バイト）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="49" />
            <source>attached: %1 by %2</source>
            <translation>添付: %1（%2）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="50" />
            <source>criteria set: %1</source>
            <translation>評価基準: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="54" />
            <source>items mapped: %1 (evaluation points: %2)</source>
            <translation>対応付けた項目: %1（評価項目: %2）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="55" />
            <source>fields mapped: %1</source>
            <translation>対応付けた記入欄: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="59" />
            <source>verdict words: %1</source>
            <translation>判定の語: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="59" />
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="60" />
            <source>parts set by a person: %1</source>
            <translation>人が設定した部分: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="62" />
            <source>mapping: complete</source>
            <translation>対応付け: 完了</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_formattach.cpp" line="63" />
            <source>mapping: %n unresolved part(s); the submission gate blocks until they are resolved</source>
            <translation>
                <numerusform>対応付け: 未解決 %n 件。解決するまで提出ゲートが止めます</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="97" />
            <source>Your copy of IPA's checklist workbook (.xlsx or .xlsm).</source>
            <translation>お手元の IPA チェックリスト（.xlsx または .xlsm）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="100" />
            <source>A form profile (JSON) someone made for this workbook, instead of detecting one.</source>
            <translation>このブック用に誰かが作成したフォームプロファイル（JSON）。検出の代わりに使います。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="105" />
            <source>usage: hoshi-cli form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]</source>
            <translation>使い方: hoshi-cli form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="120" />
            <source>note: the profile was made for a template with SHA-256 %1; your file differs, so every cell of the mapping was checked against your file.</source>
            <translation>注意: このプロファイルは SHA-256 %1 の様式用に作成されたものです。お手元のファイルは異なるため、対応付けのすべてのセルをお手元のファイルで確認しました。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="128" />
            <source>official evaluation points: %1 point(s) of %2 item(s) from this workbook now apply to the declaration</source>
            <translation>公式の評価項目: このブックの %2 項目 %1 件の評価項目を宣言に適用しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="135" />
            <source>no matching official point: choose again</source>
            <translation>対応する公式の評価項目がありません。選び直してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="166" />
            <source>The profile file to write.</source>
            <translation>書き出すプロファイルファイル。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="178" />
            <source>profile written to %1</source>
            <translation>プロファイルを %1 に書き出しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="193" />
            <source>official form removed from declaration %1</source>
            <translation>宣言 %1 から公式様式を削除しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="21" />
            <source>Firmware image file the device ran; its SHA-256 is kept with the evidence.</source>
            <translation>機器で動作していたファームウェアイメージのファイル。その SHA-256 を証跡と一緒に保存します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="23" />
            <source>Firmware version tested (default: the product's current one).</source>
            <translation>試験したファームウェアのバージョン（既定: 製品の現在のバージョン）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="25" />
            <source>Print the new id and the parsed result as JSON.</source>
            <translation>新しい ID と解析結果を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="39" />
            <source>note: %1 output usually backs %2; it was recorded for %3 as asked</source>
            <translation>注: %1 の出力は通常 %2 を裏付けるものですが、指定どおり %3 に記録しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="53" />
            <source>The tool's output file (nmap -oX, testssl.sh --jsonfile, ssh-audit -j, CycloneDX JSON).</source>
            <translation>ツールの出力ファイル（nmap -oX、testssl.sh --jsonfile、ssh-audit -j、CycloneDX JSON）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="55" />
            <source>Item the evidence backs.</source>
            <translation>証跡が裏付ける項目。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="56" />
            <source>nmap, testssl, ssh-audit or cyclonedx (default: recognised from the file).</source>
            <translation>nmap、testssl、ssh-audit、cyclonedx のいずれか（既定: ファイルの内容から判別）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="64" />
            <source>evidence capture needs WS, FILE, --declaration and --item</source>
            <translation>evidence capture には WS、FILE、--declaration、--item が必要です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="67" />
            <source>--tool is nmap, testssl, ssh-audit or cyclonedx</source>
            <translation>--tool は nmap、testssl、ssh-audit、cyclonedx のいずれかです</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="75" />
            <source>%1 is not output of a known tool; name it with --tool</source>
            <translation>%1 は既知のツールの出力ではありません。--tool で指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="92" />
            <source>The captured evidence to run again.</source>
            <translation>再実行する取り込み済みの証跡。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="93" />
            <source>Host (and :port) to run against (default: the recipe's).</source>
            <translation>実行対象のホスト（と :ポート）（既定: レシピのもの）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="94" />
            <source>Stop the tool after this many seconds (default 600).</source>
            <translation>この秒数でツールを停止します（既定 600）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="103" />
            <source>--time-limit is a number of seconds</source>
            <translation>--time-limit は秒数です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="116" />
            <source>Captured evidence id.</source>
            <translation>取り込み済みの証跡の ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="117" />
            <source>Finding key, as in the .findings.json file (e.g. port-23/tcp, tls1_0).</source>
            <translation>指摘のキー（.findings.json ファイルにあるもの。例: port-23/tcp、tls1_0）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="118" />
            <source>Your answer to the finding (empty: remove it).</source>
            <translation>指摘への回答（空にすると削除）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="37" />
            <source>When the fact was established (document date, test date); "none" clears it.</source>
            <translation>事実が確認された日（文書の日付、試験日）。「none」で消去します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="40" />
            <source>When the evidence must be looked at again; "none" falls back to the workspace's default.</source>
            <translation>根拠を見直すべき期限。「none」でワークスペースの既定に戻します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="57" />
            <source>Firmware image file: records its SHA-256 as the current image.</source>
            <translation>ファームウェアイメージファイル：その SHA-256 を現在のイメージとして記録します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="68" />
            <source>error: cannot hash the firmware image %1: %2</source>
            <translation>エラー: ファームウェアイメージ %1 のハッシュを計算できません: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="78" />
            <source>Default review period of a kind of evidence, in months after its effective date (0: none; repeatable), e.g. device-test=12.</source>
            <translation>根拠の種類ごとの既定の見直し期間（有効日からの月数。0 はなし。繰り返し指定可）。例: device-test=12。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="97" />
            <source>error: --review-period takes document=MONTHS or device-test=MONTHS (0 to %1), not "%2"</source>
            <translation>エラー: --review-period には document=月数 または device-test=月数（0～%1）を指定します（「%2」は不可）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="27" />
            <source>new</source>
            <translation>新規</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="73" />
            <source>conflict %1: %2 was removed in %3 and changed in %4</source>
            <translation>競合 %1：%2 は %3 で削除され、%4 で変更されました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="78" />
            <source>conflict %1: %2, field %3</source>
            <translation>競合 %1：%2、項目 %3</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="80" />
            <source>    was: %1</source>
            <translation>    同期時: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="81" />
            <source>    a:   %1</source>
            <translation>    a:   %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="82" />
            <source>    b:   %1</source>
            <translation>    b:   %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="84" />
            <source>Nothing was written. Decide each conflict with --resolve ID=a|b (or --resolve all=a|b) and run the same command again.</source>
            <translation>何も書き込んでいません。各競合を --resolve ID=a|b（または --resolve all=a|b）で決めて、同じコマンドをもう一度実行してください。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="91" />
            <source>%1 and %2 hold the same records; nothing to do.</source>
            <translation>%1 と %2 は同じレコードを持っています。何もすることはありません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="94" />
            <source>a: %1</source>
            <translation>a: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="95" />
            <source>b: %1</source>
            <translation>b: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="97" />
            <source>to a: %1</source>
            <translation>a へ: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="97" />
            <source>to b: %1</source>
            <translation>b へ: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="105" />
            <source>Dry run: nothing was written.</source>
            <translation>試行のみ：何も書き込んでいません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="124" />
            <location filename="../app/cli/cmd_sync.cpp" line="128" />
            <source>--resolve takes ID=a, ID=b, ID=edit:TEXT or all=a|b, not "%1"</source>
            <translation>--resolve には ID=a、ID=b、ID=edit:テキスト、all=a|b のいずれかを指定してください（"%1" は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="161" />
            <source>A workspace: a .hoshi file or a server address.</source>
            <translation>ワークスペース：.hoshi ファイルまたはサーバーのアドレス。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="162" />
            <source>The other copy: a .hoshi file or a server address.</source>
            <translation>もう一方のコピー：.hoshi ファイルまたはサーバーのアドレス。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="163" />
            <source>Only this organisation (its id in A).</source>
            <translation>この組織のみ（A での ID）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="164" />
            <source>Show what would change; write nothing.</source>
            <translation>変わる内容を表示するだけで、何も書き込みません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="165" />
            <source>Print the plan and conflicts as JSON.</source>
            <translation>計画と競合を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="167" />
            <source>Decide a conflict: ID=a or ID=b (keep that side's value), ID=edit:TEXT, or all=a|b. Repeatable.</source>
            <translation>競合を決める：ID=a または ID=b（その側の値を残す）、ID=edit:テキスト、または all=a|b。複数指定できます。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="173" />
            <source>error: sync needs two workspaces</source>
            <translation>エラー：sync には二つのワークスペースが必要です</translation>
        </message>
    </context>
    <context>
        <name>hoshi::markets::MappingLibrary</name>
        <message>
            <location filename="../core/markets/mappinglibrary.cpp" line="156" />
            <source>is a folder, not a mapping file</source>
            <translation>フォルダーです。マッピングファイルではありません</translation>
        </message>
        <message>
            <location filename="../core/markets/mappinglibrary.cpp" line="159" />
            <source>cannot be read: %1</source>
            <translation>読み取れません: %1</translation>
        </message>
        <message>
            <location filename="../core/markets/mappinglibrary.cpp" line="161" />
            <source>is %1 bytes; mapping files are at most %2 bytes</source>
            <translation>%1 バイトあります。マッピングファイルは最大 %2 バイトです</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="60" />
            <source>unknown criteria set "%1": Hoshi knows no criteria set with this id</source>
            <translation>不明な評価基準 "%1": この ID の評価基準を Hoshi は知りません</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="74" />
            <source>duplicate requirement id "%1"</source>
            <translation>要求事項 ID "%1" が重複しています</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="78" />
            <source>the target's text may not be copied (textPolicy ids-and-titles-only): give ids and titles only, and add the text from your own copy as a local text overlay</source>
            <translation>対象の本文は複製できません（textPolicy ids-and-titles-only）: ID と題名だけを記載し、本文はお手元の正本からローカルの本文オーバーレイとして追加してください</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="82" />
            <source>a text needs its textKind (quote or summary), and a textKind needs a text</source>
            <translation>text には textKind（quote または summary）が必要で、textKind には text が必要です</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="92" />
            <source>unknown item "%1": %2 has no item with this id</source>
            <translation>不明な項目 "%1": %2 にこの ID の項目はありません</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="95" />
            <source>unknown target "%1": it is not among target/requirements</source>
            <translation>不明な対象 "%1": target/requirements にありません</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="98" />
            <source>duplicate entry: %1 and %2 are already paired in this file</source>
            <translation>エントリの重複: %1 と %2 はこのファイルで既に対応付けられています</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="101" />
            <source>an official entry must name the instrument that says so</source>
            <translation>official のエントリには、それを定める法令・文書（instrument）の記載が必要です</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="152" />
            <source>invalid JSON at line %1, column %2: %3</source>
            <translation>%1 行 %2 列の JSON が不正です: %3</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="159" />
            <source>is not a JSON object (a mapping set or a text overlay)</source>
            <translation>JSON オブジェクト（マッピングセットまたは本文オーバーレイ）ではありません</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="164" />
            <source>the key "%1" appears twice in one object; JSON keeps only one of the values, so the file is ambiguous</source>
            <translation>キー "%1" が一つのオブジェクトに二度現れます。JSON では片方の値しか残らないため、ファイルの意味が曖昧です</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="177" />
            <source>a mapping set "%1" is already loaded from %2</source>
            <translation>マッピングセット "%1" は既に %2 から読み込まれています</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="197" />
            <source>no loaded mapping set has the target "%1"</source>
            <translation>対象 "%1" を持つマッピングセットが読み込まれていません</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="205" />
            <source>unknown target "%1": %2 has no requirement with this id</source>
            <translation>不明な対象 "%1": %2 にこの ID の要求事項はありません</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="207" />
            <source>duplicate text for "%1"</source>
            <translation>"%1" の本文が重複しています</translation>
        </message>
    </context>
    <context>
        <name>hoshi::markets::MarketsService</name>
        <message>
            <location filename="../core/markets/marketsservice.cpp" line="16" />
            <source>There is no declaration %1.</source>
            <translation>適合宣言 %1 はありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::markets::Recognition</name>
        <message>
            <location filename="../core/markets/recognition.cpp" line="54" />
            <source>UK PSTI</source>
            <translation>英国 PSTI</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="54" />
            <source>Singapore CLS Level 1</source>
            <translation>シンガポール CLS レベル1</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="92" />
            <source>no label recorded yet (a registration number and an issue date are needed)</source>
            <translation>ラベルがまだ記録されていません（登録番号と発行日が必要です）</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="94" />
            <source>the label is not a ★1 label (level %1)</source>
            <translation>★1 のラベルではありません（レベル %1）</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="96" />
            <source>the label is under %1, not %2</source>
            <translation>ラベルの評価基準は %1 で、%2 ではありません</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="98" />
            <source>the label's validity end is not recorded</source>
            <translation>ラベルの有効期限が記録されていません</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="100" />
            <source>the label expired on %1</source>
            <translation>ラベルは %1 に有効期限が切れました</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="102" />
            <source>the label was withdrawn</source>
            <translation>ラベルは自主取下げされました</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="104" />
            <source>the label was revoked</source>
            <translation>ラベルは取り消されました</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="106" />
            <source>the recognition applies from %1</source>
            <translation>承認は %1 から適用されます</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="125" />
            <source>UK PSTI: deemed compliant under Condition B until %1</source>
            <translation>英国 PSTI: Condition B により %1 まで適合とみなされます</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="127" />
            <source>UK PSTI: not deemed compliant under Condition B: %1</source>
            <translation>英国 PSTI: Condition B による適合とはみなされません: %1</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="145" />
            <source>Singapore CLS Level 1: simplified application possible until %1 (based on secondary reports)</source>
            <translation>シンガポール CLS レベル1: %1 まで簡易申請が可能です（二次情報に基づく）</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="148" />
            <source>Singapore CLS Level 1: no simplified application: %1 (based on secondary reports)</source>
            <translation>シンガポール CLS レベル1: 簡易申請はできません: %1（二次情報に基づく）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::markets::UkRecord</name>
        <message>
            <location filename="../core/markets/ukrecord.cpp" line="168" />
            <source>No UK compliance record is written while the product is not deemed compliant: %1</source>
            <translation>製品が適合とみなされない間は英国適合記録を作成しません: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormAnswersBuilder</name>
        <message>
            <location filename="../core/officialform/formanswers.cpp" line="76" />
            <source>The template has no word for "%1" (item %2).</source>
            <translation>様式に「%1」を表す語がありません（項目 %2）。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormAttachment</name>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="29" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="30" />
            <source>not a file</source>
            <translation>ファイルではありません</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="34" />
            <source>%1 is larger than %2 bytes; it is not read.</source>
            <translation>%1 は %2 バイトを超えるため読み込みません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="50" />
            <source>%1 is not a form profile: %2</source>
            <translation>%1 はフォームプロファイルではありません: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="85" />
            <source>There is no declaration with the id %1.</source>
            <translation>ID %1 の宣言はありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="143" />
            <location filename="../core/officialform/formattachment.cpp" line="178" />
            <location filename="../core/officialform/formattachment.cpp" line="197" />
            <location filename="../core/officialform/formattachment.cpp" line="214" />
            <source>Declaration %1 has no official form attached.</source>
            <translation>宣言 %1 には公式様式が添付されていません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="149" />
            <source>The content of the official form %1 could not be read from the workspace.</source>
            <translation>公式様式 %1 の内容をワークスペースから読み込めませんでした。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="157" />
            <source>The stored mapping of the official form %1 is damaged: %2</source>
            <translation>保存されている公式様式 %1 の対応付けが壊れています: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="182" />
            <source>This mapping is for another template file (SHA-256 %1), not for %2.</source>
            <translation>この対応付けは別の様式ファイル（SHA-256 %1）用で、%2 用ではありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="204" />
            <source>Cannot write %1: %2</source>
            <translation>%1 を書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/formoverlay.cpp" line="33" />
            <source>chosen</source>
            <translation>選択済み</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/officialform/formoverlay.cpp" line="35" />
            <source>%n evidence link(s)</source>
            <translation>
                <numerusform>証跡の関連付け %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/officialform/formoverlay.cpp" line="59" />
            <source>official — from your copy of IPA's checklist (%1, SHA-256 %2)</source>
            <translation>公式 — お手元の IPA チェックリスト（%1、SHA-256 %2）から</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormDetector</name>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="98" />
            <source>The sheet "%1" is not in the workbook.</source>
            <translation>シート「%1」はブックにありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="100" />
            <source>The cell %1 lies beyond the sheet.</source>
            <translation>セル %1 はシートの範囲外です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="107" />
            <source>The workbook is not the template the profile was made for (its SHA-256 differs).</source>
            <translation>このブックはプロファイルを作成した様式ではありません（SHA-256 が異なります）。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="111" />
            <source>No cell names the item %1.</source>
            <translation>項目 %1 を示すセルがありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="116" />
            <source>The item %1 has no verdict cell.</source>
            <translation>項目 %1 に判定セルがありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="138" />
            <source>The verdict cells carry no list of allowed words; choose the word for each verdict.</source>
            <translation>判定セルに入力規則のリストがありません。判定ごとに語を選んでください。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="144" />
            <source>No word of the template's list (%1) stands for "%2".</source>
            <translation>様式のリスト（%1）に「%2」を表す語がありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="148" />
            <source>The word "%1" is not in the template's list (%2).</source>
            <translation>語「%1」は様式のリスト（%2）にありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormFiller</name>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="86" />
            <source>The sheet "%1" is not in the workbook.</source>
            <translation>シート「%1」はブックにありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="90" />
            <source>%1: the text has %2 characters; a cell holds at most %3.</source>
            <translation>%1: テキストは %2 文字あります。1 つのセルには最大 %3 文字までです。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="95" />
            <source>%1 holds a formula; Hoshi does not overwrite it.</source>
            <translation>%1 には数式があります。Hoshi は数式を上書きしません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="101" />
            <source>%1 only takes values from a list that Hoshi can not read (%2).</source>
            <translation>%1 は Hoshi が読み取れないリスト（%2）の値しか受け付けません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="104" />
            <source>%1 only takes %2; "%3" is not one of them.</source>
            <translation>%1 に入力できるのは %2 だけです。「%3」はそのいずれでもありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="107" />
            <source>%1: the text has %2 characters, which the cell's validation does not allow (%3 %4 %5).</source>
            <translation>%1: テキストは %2 文字あり、セルの入力規則（%3 %4 %5）に合いません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="125" />
            <source>%1 is the answer cell of both %2 and %3.</source>
            <translation>%1 は %2 と %3 の両方の記入セルになっています。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/officialform/formfiller.cpp" line="140" />
            <source>The form can not be filled: %n problem(s).</source>
            <translation>
                <numerusform>様式に記入できません: %n 件の問題があります。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="195" />
            <source>Can not write %1: %2</source>
            <translation>%1 を書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="65" />
            <source>The part is not UTF-8; it is left untouched and the form can not be filled.</source>
            <translation>パートが UTF-8 ではありません。変更せず、様式には記入できません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="93" />
            <source>A worksheet holds a document type declaration.</source>
            <translation>ワークシートに文書型宣言（DTD）があります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="121" />
            <source>A cell has the reference "%1".</source>
            <translation>セルの参照が「%1」になっています。</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="141" />
            <source>A worksheet is not well-formed XML: %1</source>
            <translation>ワークシートが整形式の XML ではありません: %1</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="143" />
            <source>A worksheet has no cell data (sheetData).</source>
            <translation>ワークシートにセルのデータ（sheetData）がありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="273" />
            <source>The workbook part holds a document type declaration.</source>
            <translation>ブックのパートに文書型宣言（DTD）があります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="299" />
            <source>The workbook part can not be read: %1</source>
            <translation>ブックのパートを読み取れません: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormProfileEditor</name>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="23" />
            <source>The cell reference is not valid.</source>
            <translation>セルの参照が正しくありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="25" />
            <source>The sheet "%1" is not in the workbook.</source>
            <translation>シート「%1」はブックにありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="28" />
            <source>The cell %1 lies beyond the sheet.</source>
            <translation>セル %1 はシートの範囲外です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="117" />
            <source>"%1" is not a known field.</source>
            <translation>「%1」は既知の記入欄ではありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="131" />
            <source>The profile has no item %1; give its id cell first.</source>
            <translation>プロファイルに項目 %1 がありません。先に項目番号のセルを指定してください。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="136" />
            <source>The item %1 has no evaluation point %2.</source>
            <translation>項目 %1 に評価項目 %2 はありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="152" />
            <source>Only verdicts are given per evaluation point.</source>
            <translation>評価項目ごとに指定できるのは判定だけです。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="157" />
            <source>The role can not be given to a cell of an item.</source>
            <translation>この役割は項目のセルには指定できません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="171" />
            <source>Only item roles can be given to a column.</source>
            <translation>列に指定できるのは項目の役割だけです。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="198" />
            <source>No item block lies on the sheet "%1".</source>
            <translation>シート「%1」に項目のブロックがありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="210" />
            <source>The profile has no item %1.</source>
            <translation>プロファイルに項目 %1 がありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="215" />
            <source>A row can only be made an item's first row or an evaluation point row.</source>
            <translation>行には、項目の先頭行か評価項目の行だけを指定できます。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="251" />
            <source>"Not assessed" is never written into a form.</source>
            <translation>「未評価」が様式に書き込まれることはありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="253" />
            <source>The word is empty.</source>
            <translation>語が空です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="255" />
            <source>"%1" is not in the template's list (%2).</source>
            <translation>「%1」は様式のリスト（%2）にありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormProfileJson</name>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="147" />
            <source>No role</source>
            <translation>役割なし</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="148" />
            <source>Item id</source>
            <translation>項目番号</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="149" />
            <source>Evaluation point</source>
            <translation>評価項目</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="150" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="151" />
            <source>Evidence reference</source>
            <translation>根拠（エビデンス）</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="152" />
            <source>Reason for not applicable</source>
            <translation>対象外の理由</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="153" />
            <source>Remarks</source>
            <translation>備考</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="154" />
            <source>Field</source>
            <translation>記入欄</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="174" />
            <source>Product name</source>
            <translation>製品名</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="176" />
            <source>Model number</source>
            <translation>型番</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="178" />
            <source>Manufacturer</source>
            <translation>製造業者</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="180" />
            <source>Corporate number</source>
            <translation>法人番号</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="182" />
            <source>Firmware version</source>
            <translation>ファームウェアバージョン</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="184" />
            <source>Evaluation completion date</source>
            <translation>評価完了日</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="186" />
            <source>Criteria</source>
            <translation>適合基準</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="188" />
            <source>Contact</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="316" />
            <source>The form profile is larger than %1 bytes.</source>
            <translation>様式プロファイルが %1 バイトを超えています。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="320" />
            <source>The form profile is not valid JSON (offset %1): %2</source>
            <translation>様式プロファイルが正しい JSON ではありません（位置 %1）: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="323" />
            <source>%1: the key "%2" appears twice.</source>
            <translation>%1: キー「%2」が 2 回現れます。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="325" />
            <source>/: the form profile must be a JSON object.</source>
            <translation>/: 様式プロファイルは JSON オブジェクトでなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="30" />
            <source>unknown member.</source>
            <translation>不明なメンバーです。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="41" />
            <location filename="../core/officialform/formprofilejson.cpp" line="192" />
            <source>a string is required.</source>
            <translation>文字列が必要です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="50" />
            <location filename="../core/officialform/formprofilejson.cpp" line="117" />
            <location filename="../core/officialform/formprofilejson.cpp" line="131" />
            <location filename="../core/officialform/formprofilejson.cpp" line="168" />
            <location filename="../core/officialform/formprofilejson.cpp" line="199" />
            <source>an object is required.</source>
            <translation>オブジェクトが必要です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="59" />
            <source>an array is required.</source>
            <translation>配列が必要です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="75" />
            <source>a cell reference like "Sheet!B7" (or null) is required.</source>
            <translation>"Sheet!B7" のようなセル参照（または null）が必要です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="87" />
            <source>"detected" or "user" is required.</source>
            <translation>"detected" または "user" が必要です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="96" />
            <source>a positive whole number is required.</source>
            <translation>正の整数が必要です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="142" />
            <source>the item id is empty.</source>
            <translation>項目番号が空です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="144" />
            <source>two row numbers [first, last] are required.</source>
            <translation>行番号 2 つ [最初, 最後] が必要です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="149" />
            <source>the last row comes before the first.</source>
            <translation>最後の行が最初の行より前にあります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="177" />
            <source>unknown field key "%1".</source>
            <translation>不明な記入欄キー「%1」です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="179" />
            <source>a field needs its value cell.</source>
            <translation>記入欄には値のセルが必要です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="208" />
            <source>unknown verdict "%1".</source>
            <translation>不明な判定「%1」です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="210" />
            <source>the verdict "%1" has two words.</source>
            <translation>判定「%1」に語が 2 つあります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="212" />
            <source>the word is empty.</source>
            <translation>語が空です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="237" />
            <source>"hoshi-form-profile" is required.</source>
            <translation>"hoshi-form-profile" が必要です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="239" />
            <source>only version %1 is known.</source>
            <translation>既知のバージョンは %1 だけです。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="248" />
            <source>64 lower-case hexadecimal digits are required.</source>
            <translation>小文字の 16 進数 64 桁が必要です。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="259" />
            <source>the item "%1" appears twice.</source>
            <translation>項目「%1」が 2 回現れます。</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="270" />
            <source>the field "%1" appears twice.</source>
            <translation>記入欄「%1」が 2 回現れます。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::WorkbookReader</name>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="56" />
            <source>[Content_Types].xml lists no content types.</source>
            <translation>[Content_Types].xml にコンテンツタイプがありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="74" />
            <source>%1 lists a sheet without a name.</source>
            <translation>%1 に名前のないシートがあります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="101" />
            <source>%1 holds more than %2 strings, the limit.</source>
            <translation>%1 には上限の %2 個を超える文字列があります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="153" />
            <source>it has more than %1 rows, the limit for a form.</source>
            <translation>様式の上限 %1 行を超える行があります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="162" />
            <source>a row has the number "%1".</source>
            <translation>行番号が「%1」の行があります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="177" />
            <source>the workbook has more than %1 cells, the limit for a form.</source>
            <translation>ブックのセル数が様式の上限 %1 を超えています。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="186" />
            <source>a cell has the reference "%1".</source>
            <translation>セルの参照が「%1」になっています。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="194" />
            <source>a cell lies beyond column %1, the limit.</source>
            <translation>上限の %1 列目を超えるセルがあります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="217" />
            <source>the cell %1 refers to a shared string that does not exist.</source>
            <translation>セル %1 は存在しない共有文字列を参照しています。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="235" />
            <source>the range "%1" is not a range of cells.</source>
            <translation>範囲「%1」はセルの範囲ではありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="239" />
            <source>the range %1 lies beyond the sheet limits (%2 rows, %3 columns).</source>
            <translation>範囲 %1 はシートの上限（%2 行、%3 列）を超えています。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="251" />
            <source>it has more than %1 merged ranges, the limit.</source>
            <translation>結合セルの範囲が上限の %1 個を超えています。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="257" />
            <source>the merged range "%1" is not a range of cells.</source>
            <translation>結合範囲「%1」はセルの範囲ではありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="269" />
            <source>it has more than %1 data validations, the limit.</source>
            <translation>入力規則が上限の %1 個を超えています。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="39" />
            <location filename="../core/officialform/workbookreader.cpp" line="49" />
            <location filename="../core/officialform/workbookreader.cpp" line="62" />
            <source>%1 can not be read as a workbook: %2</source>
            <translation>%1 をブックとして読み取れません: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="98" />
            <source>the part %1 is missing.</source>
            <translation>パート %1 がありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="108" />
            <source>it links to other workbooks (%1); external links are refused.</source>
            <translation>他のブックにリンクしています（%1）。外部リンクは受け付けません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="139" />
            <source>%1 refers to "%2" outside the file; external links are refused.</source>
            <translation>%1 はファイル外の「%2」を参照しています。外部リンクは受け付けません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="159" />
            <source>it names no workbook part.</source>
            <translation>ブックのパートが示されていません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="167" />
            <source>the workbook has no sheet.</source>
            <translation>ブックにシートがありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="169" />
            <source>the workbook has %1 sheets, more than the limit of %2.</source>
            <translation>ブックには上限の %2 を超える %1 枚のシートがあります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="178" />
            <source>it links to other workbooks; external links are refused.</source>
            <translation>他のブックにリンクしています。外部リンクは受け付けません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="194" />
            <source>two sheets are named "%1".</source>
            <translation>「%1」という名前のシートが 2 枚あります。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="202" />
            <source>the sheet "%1" has no part.</source>
            <translation>シート「%1」にパートがありません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="216" />
            <source>sheet "%1": %2</source>
            <translation>シート「%1」: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="332" />
            <source>Can not open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="337" />
            <location filename="../core/officialform/workbookreader.cpp" line="347" />
            <source>%1 is larger than %2 bytes, the limit for a form.</source>
            <translation>%1 は様式の上限 %2 バイトを超えています。</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="355" />
            <source>Can not write a temporary copy of %1: %2</source>
            <translation>%1 の一時コピーを書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/xmlguard.cpp" line="28" />
            <source>%1 holds a document type declaration (DTD); a workbook part never needs one, and it could declare entities, so the file is refused.</source>
            <translation>%1 に文書型宣言（DTD）があります。ブックのパートには不要で、実体を宣言できてしまうため、このファイルは受け付けません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/xmlguard.cpp" line="32" />
            <source>%1 refers to an entity "%2"; the file is refused.</source>
            <translation>%1 は実体「%2」を参照しています。このファイルは受け付けません。</translation>
        </message>
        <message>
            <location filename="../core/officialform/xmlguard.cpp" line="36" />
            <source>%1 is nested deeper than %2 elements, the limit.</source>
            <translation>%1 は要素の入れ子が上限の %2 段を超えています。</translation>
        </message>
        <message>
            <location filename="../core/officialform/xmlguard.cpp" line="44" />
            <source>%1 is not well-formed XML (line %2): %3</source>
            <translation>%1 は整形式の XML ではありません（%2 行目）: %3</translation>
        </message>
    </context>
    <context>
        <name>hoshi::storage::ServerContent</name>
        <message>
            <location filename="../core/storage/servercontent.cpp" line="42" />
            <source>The connection to the server is busy with another statement.</source>
            <translation>サーバーへの接続は別の文の処理中です。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::storage::WorkspaceCopy</name>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="194" />
            <source>Cannot copy %1 into %2: %3</source>
            <translation>%1 を %2 にコピーできません: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="201" />
            <source>Copy cancelled; nothing was changed in %1.</source>
            <translation>コピーを取り消しました。%1 は何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="233" />
            <source>Only the owner of the workspace on %1 (or a superuser) can copy records into it with their original authors and times; %2 is neither.</source>
            <translation>%1 のワークスペースに、元の作成者と日時のままレコードをコピーできるのは、その所有者（またはスーパーユーザー）だけです。%2 はどちらでもありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="245" />
            <location filename="../core/storage/workspacecopy.cpp" line="286" />
            <location filename="../core/storage/workspacecopy.cpp" line="303" />
            <location filename="../core/storage/workspacecopy.cpp" line="353" />
            <location filename="../core/storage/workspacecopy.cpp" line="358" />
            <location filename="../core/storage/workspacecopy.cpp" line="392" />
            <location filename="../core/storage/workspacecopy.cpp" line="446" />
            <location filename="../core/storage/workspacecopy.cpp" line="452" />
            <location filename="../core/storage/workspacecopy.cpp" line="517" />
            <location filename="../core/storage/workspacecopy.cpp" line="583" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み取れません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="250" />
            <source>There is no organisation with the id %1 in %2.</source>
            <translation>%2 に ID %1 の組織はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="268" />
            <source>%1 has the column %2.%3, which %4 does not have; both workspaces must be opened with this version of Hoshi first.</source>
            <translation>%1 には列 %2.%3 がありますが、%4 にはありません。先に両方のワークスペースをこのバージョンの Hoshi で開いてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspacecopy.cpp" line="332" />
            <source>%1 %2 (%n record(s))</source>
            <translation>
                <numerusform>%1 %2（%n 件）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="337" />
            <source>%1 already holds records with the ids of records being copied: %2. Hoshi keeps ids when it copies (approvals, baselines and exports name them), so it copies only into a workspace that holds none of them, such as a new database.</source>
            <translation>%1 には、コピーするレコードと同じ ID のレコードが既にあります: %2。Hoshi はコピーの際に ID をそのまま保ちます（承認、ベースライン、出力が ID を含むため）。そのため、これらの ID をひとつも持たないワークスペース（新しいデータベースなど）にのみコピーします。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="362" />
            <source>%1 already holds a different data revision %2 of the criteria set %3.</source>
            <translation>%1 には、適合基準 %3 の異なるデータ改訂%2 がすでにあります。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="379" />
            <source>The setting %1 stays %2 in %3 (the copied workspace has %4).</source>
            <translation>%3 の設定 %1 は %2 のままです（コピー元のワークスペースでは %4）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="474" />
            <source>the column %1 is not known</source>
            <translation>列 %1 は不明です</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="531" />
            <source>The stored content %1 in %2 does not match its SHA-256; nothing was copied.</source>
            <translation>%2 に保存された内容 %1 が SHA-256 と一致しません。何もコピーしていません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="621" />
            <source>%1 and %2 are the same workspace.</source>
            <translation>%1 と %2 は同じワークスペースです。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="631" />
            <source>%1 holds the table(s) %2, which this version of Hoshi cannot copy.</source>
            <translation>%1 にはこのバージョンの Hoshi がコピーできないテーブル %2 があります。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="639" />
            <source>Cannot write to %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::sync::SyncEngine</name>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="71" />
            <location filename="../core/sync/syncengine.cpp" line="286" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません：%2</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="78" />
            <source>%1 and %2 are the same workspace.</source>
            <translation>%1 と %2 は同じワークスペースです。</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="86" />
            <source>This version of Hoshi cannot synchronise the table %1.</source>
            <translation>このバージョンの Hoshi はテーブル %1 を同期できません。</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="103" />
            <source>There is no organisation with the id %1 in %2.</source>
            <translation>%2 に ID %1 の組織はありません。</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="149" />
            <source>No plan to fill.</source>
            <translation>書き込む計画がありません。</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="166" />
            <source>Cannot synchronise %1: %2; nothing was changed in either workspace.</source>
            <translation>%1 を同期できません：%2。どちらのワークスペースも変更していません。</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="196" />
            <source>Cannot record the synchronisation in %1: %2; nothing was changed in either workspace.</source>
            <translation>%1 に同期の記録を書き込めません：%2。どちらのワークスペースも変更していません。</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="223" />
            <source>Cannot write to %1: %2</source>
            <translation>%1 に書き込めません：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/sync/syncengine.cpp" line="230" />
            <source>%n conflict(s) between %1 and %2; nothing was written.</source>
            <translation>
                <numerusform>%1 と %2 の間に %n 件の競合があります。何も書き込んでいません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="237" />
            <source>%1 would change, but it is open read-only; nothing was written.</source>
            <translation>%1 は変更されるはずですが、読み取り専用で開かれています。何も書き込んでいません。</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="264" />
            <location filename="../core/sync/syncengine.cpp" line="271" />
            <source>Cannot save %1: %2</source>
            <translation>%1 を保存できません：%2</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="322" />
            <source>Cannot record in %1 what %2 knew of other copies: %3</source>
            <translation>%2 が他のコピーについて持っていた記録を %1 に書き込めません：%3</translation>
        </message>
        <message>
            <location filename="../core/sync/syncload.cpp" line="185" />
            <source>the table %1 is missing</source>
            <translation>テーブル %1 がありません</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="21" />
            <source>setting</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="22" />
            <source>organisation</source>
            <translation>組織</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="23" />
            <source>product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="24" />
            <source>declaration</source>
            <translation>適合宣言</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="25" />
            <source>declaration name</source>
            <translation>適合宣言の名前</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="26" />
            <source>official points</source>
            <translation>公式の評価ポイント</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="27" />
            <source>assessment</source>
            <translation>評価</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="28" />
            <source>point choice</source>
            <translation>評価ポイントの選択</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="29" />
            <source>evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="30" />
            <source>evidence link</source>
            <translation>エビデンスの紐付け</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="31" />
            <source>point link</source>
            <translation>評価ポイントの紐付け</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="32" />
            <source>PSTI statement</source>
            <translation>PSTI 適合声明</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="33" />
            <source>evidence file</source>
            <translation>エビデンスファイル</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="34" />
            <source>official form</source>
            <translation>公式様式</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="35" />
            <source>history entry</source>
            <translation>履歴</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="36" />
            <source>baseline</source>
            <translation>ベースライン</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="37" />
            <source>review comment</source>
            <translation>レビューコメント</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="38" />
            <source>sign-off</source>
            <translation>承認記録</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="160" />
            <source>the two workspaces have different columns in %1; open both with this version of Hoshi first</source>
            <translation>二つのワークスペースで %1 の列が異なります。先に両方をこのバージョンの Hoshi で開いてください</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="216" />
            <source>changed</source>
            <translation>変更あり</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="298" />
            <source>the conflict %1 (%2) can only be resolved with a or b</source>
            <translation>競合 %1（%2）は a か b でしか決められません</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="150" />
            <source>the file content %1 is not readable</source>
            <translation>ファイル内容 %1 を読み込めません</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="192" />
            <source>cancelled</source>
            <translation>取り消されました</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="198" />
            <source>the stored content %1 does not match its SHA-256</source>
            <translation>保存されている内容 %1 が SHA-256 と一致しません</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="211" />
            <source>cannot remove %1: %2</source>
            <translation>%1 を削除できません：%2</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="274" />
            <source>%1 refers to a %2 that is not synchronised with it</source>
            <translation>%1 は、一緒に同期されない %2 を参照しています</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="329" />
            <source>cannot add %1: %2</source>
            <translation>%1 を追加できません：%2</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="375" />
            <source>cannot change %1: %2</source>
            <translation>%1 を変更できません：%2</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="388" />
            <source>a %1 refers to one that is not synchronised with it</source>
            <translation>%1 が、一緒に同期されないレコードを参照しています</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="442" />
            <source>the two workspaces hold different data revisions %1 of the criteria set %2</source>
            <translation>二つのワークスペースが基準 %2 のデータ改訂 %1 を異なる内容で持っています</translation>
        </message>
    </context>
</TS>
