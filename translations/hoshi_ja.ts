<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>HashStream</name>
        <message>
            <location filename="../core/util/hashstream.cpp" line="57" />
            <location filename="../core/util/hashstream.cpp" line="66" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ApplicationPackageExporter</name>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="107" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 はすでに存在します。置き換えません。</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="114" />
            <source>Can not create the folder %1.</source>
            <translation>フォルダ %1 を作成できません。</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="173" />
            <source>Can not create %1: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="27" />
            <location filename="../core/export/applicationpackageexporter.cpp" line="193" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="199" />
            <location filename="../core/export/applicationpackageexporter.cpp" line="205" />
            <source>Can not rename %1 to %2.</source>
            <translation>%1 の名前を %2 に変更できません。</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="38" />
            <source>Can not read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ArchiveContent</name>
        <message>
            <location filename="../forms/auditor/archivecontent.cpp" line="29" />
            <location filename="../forms/auditor/archivecontent.cpp" line="41" />
            <source>The archive holds no file %1.</source>
            <translation>アーカイブにファイル %1 がありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ArchiveVerifier</name>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="263" />
            <source>%1 is a ZIP archive but holds no BagIt bag (no bagit.txt or manifest).</source>
            <translation>%1 はZIPアーカイブですが、BagItのバッグ（bagit.txt またはマニフェスト）を含んでいません。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="267" />
            <source>%1 holds more than one BagIt bag (%2).</source>
            <translation>%1 には複数のBagItのバッグがあります（%2）。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="194" />
            <source>%1: "%2" is too large for a tag file (%3 bytes).</source>
            <translation>%1: 「%2」はタグファイルとしては大きすぎます（%3 バイト）。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="214" />
            <source>The verification was cancelled.</source>
            <translation>検証は中止されました。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="225" />
            <source>"%1" lies outside the bag folder "%2".</source>
            <translation>「%1」はバッグのフォルダ「%2」の外にあります。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="201" />
            <source>bagit.txt is missing.</source>
            <translation>bagit.txt がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="213" />
            <source>bagit.txt does not declare a BagIt version.</source>
            <translation>bagit.txt にBagItのバージョンが記載されていません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="126" />
            <source>%1 is missing.</source>
            <translation>%1 がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="74" />
            <source>%1 lists "%2" twice (lines %3 and %4): a manifest names each file once.</source>
            <translation>%1 に「%2」が2回記載されています（%3 行目と %4 行目）。マニフェストには各ファイルを1回だけ記載します。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="109" />
            <source>%1 is not listed in %2: every manifest must list every file.</source>
            <translation>%1 が %2 に記載されていません。すべてのマニフェストにすべてのファイルを記載する必要があります。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="131" />
            <source>%1 can not be read: %2.</source>
            <translation>%1 を読み込めません: %2。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="144" />
            <source>%1 lists "%2", which is not a payload path.</source>
            <translation>%1 にペイロードのパスではない「%2」が記載されています。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="148" />
            <source>%1 lists "%2", which is not a tag file path: tag manifests list only tag files.</source>
            <translation>%1 に「%2」が記載されていますが、これはタグファイルのパスではありません。タグマニフェストにはタグファイルだけを記載します。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="171" />
            <source>%1 is missing (listed in %2).</source>
            <translation>%1 がありません（%2 に記載）。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="182" />
            <source>%1 was modified: its %2 is %3, the manifest says %4.</source>
            <translation>%1 は改変されています: %2 は %3 ですが、マニフェストでは %4 です。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="106" />
            <source>%1 was added: no manifest lists it.</source>
            <translation>%1 は追加されたものです: どのマニフェストにも記載がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="183" />
            <source>%1 was modified: its %2 is %3, %4 says %5.</source>
            <translation>%1 は改変されています: %2 は %3 ですが、%4 では %5 です。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="107" />
            <source>%1 was added: no tag manifest lists it.</source>
            <translation>%1 は追加されたものです: どのタグマニフェストにも記載がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="215" />
            <source>bagit.txt declares BagIt version %1; Hoshi checks BagIt 1.0 bags.</source>
            <translation>bagit.txt の BagIt バージョンは %1 です。Hoshi が検証できるのは BagIt 1.0 のバッグです。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="217" />
            <source>bagit.txt does not give "Tag-File-Character-Encoding: UTF-8" on its second line.</source>
            <translation>bagit.txt の2行目が「Tag-File-Character-Encoding: UTF-8」ではありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="219" />
            <source>bagit.txt holds %1 lines; BagIt requires exactly two.</source>
            <translation>bagit.txt は %1 行あります。BagIt ではちょうど2行と定められています。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="227" />
            <source>The payload folder data/ is missing.</source>
            <translation>ペイロードフォルダー data/ がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="241" />
            <source>bag-info.txt is missing.</source>
            <translation>bag-info.txt がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="251" />
            <source>bag-info.txt line %1 is not "Label: value".</source>
            <translation>bag-info.txt の %1 行目が「ラベル: 値」の形式ではありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="261" />
            <source>bag-info.txt gives %1 %2 times; BagIt allows it once.</source>
            <translation>bag-info.txt に %1 が %2 回記載されています。BagIt では1回だけ記載できます。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="267" />
            <source>bag-info.txt gives no Payload-Oxum.</source>
            <translation>bag-info.txt に Payload-Oxum がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="269" />
            <source>Payload-Oxum in bag-info.txt is %1, but the payload is %2 (bytes.files).</source>
            <translation>bag-info.txt の Payload-Oxum は %1 ですが、実際のペイロードは %2 です（バイト数.ファイル数）。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="242" />
            <source>The signature of tagmanifest-sha256.txt is not valid: %1</source>
            <translation>tagmanifest-sha256.txt の署名が正しくありません: %1</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="247" />
            <source>The archive holds no data/declaration.json.</source>
            <translation>アーカイブに data/declaration.json がありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AssessmentCommand</name>
        <message>
            <location filename="../forms/session/commands.cpp" line="17" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../forms/session/commands.cpp" line="20" />
            <source>%1: edit justification</source>
            <translation>%1: 理由を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/commands.cpp" line="23" />
            <source>%1: edit notes</source>
            <translation>%1: メモを編集</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditChecklistModel</name>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="116" />
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="119" />
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="120" />
            <source>Exempt (PSTI)</source>
            <translation>免除（PSTI）</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="118" />
            <source>%1 — but %n file(s) behind it do not match the manifest</source>
            <translation>
                <numerusform>%1 — ただし根拠のファイル %n 件がマニフェストと一致しません</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="162" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n 件変更</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="163" />
            <source>%n ok</source>
            <translation>
                <numerusform>正常 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="168" />
            <source>Files of this item's evidence that do not match the manifests: %n.</source>
            <translation>
                <numerusform>この項目のエビデンスのうち、マニフェストと一致しないファイル: %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="169" />
            <source>Every file of this item's evidence matches the manifests.</source>
            <translation>この項目のエビデンスのファイルはすべてマニフェストと一致しています。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="184" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="186" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="188" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="190" />
            <source>Method</source>
            <translation>評価手法</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="192" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="194" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditFileModel</name>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="73" />
            <source>%1 matches both manifests.</source>
            <translation>%1 は両方のマニフェストと一致しています。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="95" />
            <source>tag file</source>
            <translation>タグファイル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="95" />
            <source>payload</source>
            <translation>ペイロード</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="102" />
            <source>matches</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="121" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="123" />
            <source>Path in the bag</source>
            <translation>バッグ内のパス</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="125" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="127" />
            <source>Expected hash (manifest)</source>
            <translation>期待されるハッシュ（マニフェスト）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="129" />
            <source>Actual hash (archive)</source>
            <translation>実際のハッシュ（アーカイブ）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditItemView</name>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="147" />
            <source>%1. %2: %3</source>
            <translation>%1. %2: %3</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="160" />
            <source>SHA-256 (declaration): %1</source>
            <translation>SHA-256（適合宣言の記録）: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="163" />
            <source>Matches both manifests.</source>
            <translation>両方のマニフェストと一致しています。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="164" />
            <source>The archive does not hold this file.</source>
            <translation>このファイルはアーカイブにありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/audititemview.cpp" line="178" />
            <source>Files (%n)</source>
            <translation>
                <numerusform>ファイル（%n）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="182" />
            <source>Choose an item in the checklist.</source>
            <translation>チェックリストで項目を選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="182" />
            <source>No file backs this item.</source>
            <translation>この項目を裏付けるファイルはありません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="218" />
            <source>⚠ This file is missing from the archive: nothing shown here is what the manifest recorded.</source>
            <translation>⚠ このファイルはアーカイブにありません。ここに表示される内容はマニフェストに記録されたものではありません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="222" />
            <source>⚠ This file does not match the manifest (%1): it is not the file that was exported and signed.</source>
            <translation>⚠ このファイルはマニフェストと一致しません（%1）。出力・署名されたファイルではありません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="232" />
            <source>Document</source>
            <translation>文書</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="233" />
            <source>Number / version</source>
            <translation>文書番号・版</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="234" />
            <source>Pages</source>
            <translation>ページ</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="235" />
            <source>Chapter / section</source>
            <translation>章・節</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="236" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="237" />
            <source>Excerpt</source>
            <translation>抜粋</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="239" />
            <source>Procedure</source>
            <translation>手順</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="240" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="241" />
            <source>Test date</source>
            <translation>試験日</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="242" />
            <source>Tester</source>
            <translation>試験者</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="243" />
            <source>Firmware tested</source>
            <translation>試験したファームウェア</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="244" />
            <source>Environment</source>
            <translation>試験環境</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="249" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="252" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="260" />
            <source>Choose an item in the checklist to see its verdict and evidence.</source>
            <translation>チェックリストで項目を選ぶと、判定とエビデンスが表示されます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="273" />
            <source>vendor scope</source>
            <translation>事業者単位</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="273" />
            <source>product scope</source>
            <translation>製品単位</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="276" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="276" />
            <source>Exempt (PSTI)</source>
            <translation>免除（PSTI）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="278" />
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="279" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/audititemview.cpp" line="283" />
            <source>Evidence (%n)</source>
            <translation>
                <numerusform>エビデンス（%n）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="306" />
            <source>No file is attached to this evidence.</source>
            <translation>このエビデンスにはファイルが添付されていません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="320" />
            <source>the archive</source>
            <translation>アーカイブ</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="354" />
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="363" />
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="363" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="363" />
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="363" />
            <source>Path in the bag</source>
            <translation>バッグ内のパス</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="364" />
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="365" />
            <source>Copies the file out of the archive into a temporary folder and opens it with the desktop's application.</source>
            <translation>ファイルをアーカイブから一時フォルダに取り出し、デスクトップの既定のアプリケーションで開きます。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditorPage</name>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="345" />
            <source>No archive open</source>
            <translation>アーカイブが開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="346" />
            <source>Open a retained evidence archive with File ▸ Open evidence archive…</source>
            <translation>保管用のエビデンスアーカイブは ファイル ▸ エビデンスアーカイブを開く… で開きます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="351" />
            <source>Checking the archive…</source>
            <translation>アーカイブを検証しています…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="352" />
            <source>Every file is read once and hashed; nothing is extracted.</source>
            <translation>すべてのファイルを一度ずつ読んでハッシュを計算します。展開はしません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="357" />
            <source>Not checked: the verification was cancelled</source>
            <translation>未検証: 検証は中止されました</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="358" />
            <source>Open the archive again to check it.</source>
            <translation>検証するには、アーカイブをもう一度開いてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="367" />
            <source>… and %n more (see Files).</source>
            <translation>
                <numerusform>…ほか %n 件（「ファイル」タブを参照）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="389" />
            <source>Anyone can sign a forged archive with a key of their own: a valid signature says who signed only if the certificate's fingerprint is the manufacturer's.</source>
            <translation>偽造したアーカイブに自分の鍵で署名することは誰にでもできます。署名が有効でも、証明書のフィンガープリントが製造者のものと一致して初めて、誰が署名したかが分かります。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="402" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="408" />
            <source>%1 · route: %2</source>
            <translation>%1 · 申請ルート: %2</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="420" />
            <source>%1
subset: items %2 (of the full export %3)</source>
            <translation>%1
部分アーカイブ: 項目 %2（完全なエクスポート %3 の一部）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="429" />
            <source>Close archive</source>
            <translation>アーカイブを閉じる</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="430" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="432" />
            <source>Evidence archive (read-only): %1</source>
            <translation>エビデンスアーカイブ（読み取り専用）: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="433" />
            <source>Organisation:</source>
            <translation>組織:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="433" />
            <source>Product:</source>
            <translation>製品:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="433" />
            <source>Firmware:</source>
            <translation>ファームウェア:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="433" />
            <source>Criteria:</source>
            <translation>適合基準:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="434" />
            <source>Exported:</source>
            <translation>出力日時:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="434" />
            <source>Software:</source>
            <translation>ソフトウェア:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="434" />
            <source>Export id:</source>
            <translation>出力ID:</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="438" />
            <source>Checklist (%n item(s))</source>
            <translation>
                <numerusform>チェックリスト（%n 項目）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="439" />
            <source>Checklist</source>
            <translation>チェックリスト</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="443" />
            <source>Files (%n changed)</source>
            <translation>
                <numerusform>ファイル（%n 件変更）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="444" />
            <source>Files (%1 payload + %2 tag)</source>
            <translation>ファイル（ペイロード %1 + タグ %2）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="446" />
            <source>This archive holds %1. Payload-Oxum and the banner count payload files only.</source>
            <translation>このアーカイブには %1 が含まれます。Payload-Oxum とバナーの件数はペイロードファイルだけを数えます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="450" />
            <source>Show only files with problems</source>
            <translation>問題のあるファイルだけを表示</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="454" />
            <source>Problems of the bag as a whole:</source>
            <translation>バッグ全体の問題:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="461" />
            <source>The declaration in the archive cannot be shown: %1</source>
            <translation>アーカイブ内の適合宣言を表示できません: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::BagIt</name>
        <message>
            <location filename="../core/export/bagit.cpp" line="69" />
            <source>line %1 is not "&lt;hash&gt;  &lt;path&gt;"</source>
            <translation>%1 行目が「&lt;ハッシュ&gt;  &lt;パス&gt;」の形式ではありません</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChangeDetector</name>
        <message>
            <location filename="../core/baseline/changedetector.cpp" line="248" />
            <source>The %1 state is not a Hoshi declaration (%2).</source>
            <translation>%1の状態は Hoshi の適合宣言ではありません（%2）。</translation>
        </message>
        <message>
            <location filename="../core/baseline/changedetector.cpp" line="261" />
            <source>earlier</source>
            <translation>以前</translation>
        </message>
        <message>
            <location filename="../core/baseline/changedetector.cpp" line="264" />
            <source>current</source>
            <translation>現在</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="19" />
            <source>verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="20" />
            <source>justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="21" />
            <source>notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="22" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="23" />
            <source>model numbers</source>
            <translation>型番</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="24" />
            <source>product category</source>
            <translation>製品類型</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="25" />
            <source>firmware name</source>
            <translation>ファームウェア名</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="26" />
            <source>firmware version</source>
            <translation>ファームウェアバージョン</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="27" />
            <source>support period end</source>
            <translation>サポート期間終了日</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="28" />
            <source>product web page</source>
            <translation>製品ウェブページ</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="29" />
            <source>vulnerability disclosure policy</source>
            <translation>脆弱性開示ポリシー</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="30" />
            <source>title</source>
            <translation>表題</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="31" />
            <source>result summary</source>
            <translation>結果の概要</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="32" />
            <source>test date</source>
            <translation>試験日</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="33" />
            <source>route</source>
            <translation>申請ルート</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="34" />
            <source>registration number</source>
            <translation>登録番号</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="35" />
            <source>label valid until</source>
            <translation>ラベル有効期限</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="36" />
            <source>label status</source>
            <translation>ラベルの状態</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="46" />
            <source>Organisation</source>
            <translation>組織</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="48" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="50" />
            <source>Declaration</source>
            <translation>適合宣言</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="57" />
            <source>Evidence #%1</source>
            <translation>エビデンス #%1</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="62" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="71" />
            <source>%1: item added to the criteria</source>
            <translation>%1: 評価基準に追加された項目</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="71" />
            <source>%1: item no longer in the criteria</source>
            <translation>%1: 評価基準から外れた項目</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="73" />
            <source>%1: evidence %2 linked</source>
            <translation>%1: エビデンス %2 を関連付け</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="73" />
            <source>%1: evidence %2 unlinked</source>
            <translation>%1: エビデンス %2 の関連付けを解除</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="75" />
            <source>Evidence %1 added (items: %2)</source>
            <translation>エビデンス %1 を追加（項目: %2）</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="75" />
            <source>Evidence %1 removed (items: %2)</source>
            <translation>エビデンス %1 を削除（項目: %2）</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="78" />
            <source>Evidence #%1: file “%2” added (SHA-256 %3)</source>
            <translation>エビデンス #%1: ファイル「%2」を追加（SHA-256 %3）</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="79" />
            <source>Evidence #%1: file “%2” removed (SHA-256 %3)</source>
            <translation>エビデンス #%1: ファイル「%2」を削除（SHA-256 %3）</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="81" />
            <source>%1: %2 changed from %3 to %4</source>
            <translation>%1: %2を %3 から %4 に変更</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChangeReport</name>
        <message>
            <location filename="../core/lifecycle/changereport.cpp" line="45" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/changereport.cpp" line="163" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 は既に存在します。上書きしません。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/changereport.cpp" line="173" />
            <source>The folder %1 does not exist and can not be created.</source>
            <translation>フォルダー %1 が存在せず、作成もできません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChangesView</name>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="108" />
            <source>No declaration open</source>
            <translation>宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="119" />
            <location filename="../forms/changes/changesview.cpp" line="157" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="119" />
            <source>Change</source>
            <translation>変更内容</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="119" />
            <source>Before</source>
            <translation>変更前</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="119" />
            <source>After</source>
            <translation>変更後</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="123" />
            <source>Not approved yet: nothing to compare with.</source>
            <translation>まだ承認されていないため、比較の基準がありません。</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="124" />
            <source>Not exported yet: nothing to compare with.</source>
            <translation>まだエクスポートされていないため、比較の基準がありません。</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="125" />
            <source>No label recorded yet: nothing to compare with.</source>
            <translation>ラベルがまだ記録されていないため、比較の基準がありません。</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="143" />
            <source>Since the approval of %1 by %2</source>
            <translation>%1 の承認（%2）以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="144" />
            <source>Since the export of %1 by %2</source>
            <translation>%1 のエクスポート（%2）以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="145" />
            <source>Since the label recorded %1 by %2</source>
            <translation>%1 のラベル記録（%2）以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="147" />
            <source>%1: no changes.</source>
            <translation>%1: 変更はありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/changes/changesview.cpp" line="148" />
            <source>%1: %n change(s) touching %2</source>
            <translation>
                <numerusform>%1: 変更 %n 件（対象: %2）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="157" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="157" />
            <source>Who</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="157" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/changes/changesview.cpp" line="168" />
            <source>%n change(s) recorded since %1</source>
            <translation>
                <numerusform>%1 以降に記録された変更 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="187" />
            <source>Since the approval</source>
            <translation>承認以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="187" />
            <source>Since the last export</source>
            <translation>前回のエクスポート以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="187" />
            <source>Since the label</source>
            <translation>ラベル記録以降</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="188" />
            <source>Since a date</source>
            <translation>指定日以降</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistModel</name>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="81" />
            <source>Exempt (PSTI)</source>
            <translation>免除（PSTI）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="109" />
            <source>Vendor</source>
            <translation>事業者</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="109" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="114" />
            <source>Vendor scope: answered once for the organisation and shared by all its products.</source>
            <translation>事業者単位: 組織として一度回答し、その組織のすべての製品で共有します。</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="115" />
            <source>Product scope: answered for this product.</source>
            <translation>製品単位: この製品について回答します。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="126" />
            <source>%1: %2 (%n file(s))</source>
            <translation>
                <numerusform>%1: %2（ファイル %n 件）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="140" />
            <source>%n blocking</source>
            <translation>
                <numerusform>申請を妨げる問題 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="141" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="141" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>警告 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="156" />
            <source>%n open</source>
            <translation>
                <numerusform>未解決 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="156" />
            <source>✓ %1</source>
            <translation>✓ %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="158" />
            <source>%1 open of %n review comment(s)</source>
            <translation>
                <numerusform>レビューコメント %n 件のうち未解決 %1 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="174" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="176" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="178" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="180" />
            <source>Method</source>
            <translation>評価手法</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="182" />
            <source>Scope</source>
            <translation>範囲</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="184" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="186" />
            <source>Problems</source>
            <translation>問題</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="188" />
            <source>Comments</source>
            <translation>コメント</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="194" />
            <source>D = document review, T = device test, D+T = both</source>
            <translation>D = 文書評価、T = 実機テスト、D+T = 両方</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistPage</name>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="122" />
            <source>Find item by ID or title (Ctrl+F)</source>
            <translation>IDまたは項目名で検索（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="123" />
            <source>Product details…</source>
            <translation>製品情報…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="124" />
            <source>Declaration details…</source>
            <translation>適合宣言の詳細…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="125" />
            <source>Export…</source>
            <translation>出力…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="126" />
            <source>Application package and evidence archive (Ctrl+Shift+E)</source>
            <translation>申請パッケージとエビデンスアーカイブ（Ctrl+Shift+E）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="135" />
            <source>No declaration open</source>
            <translation>適合宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="137" />
            <source>This workspace has no declaration yet: follow the steps above.</source>
            <translation>このワークスペースにはまだ適合宣言がありません。上の手順に沿って作成してください。</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="138" />
            <source>Choose a declaration in the navigator, or create one with Edit ▸ New declaration.</source>
            <translation>ナビゲーターで適合宣言を選ぶか、［編集］▸［新しい適合宣言］で作成してください。</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="145" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="146" />
            <source>%1 · route: %2</source>
            <translation>%1 · 申請ルート: %2</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="148" />
            <source> · firmware %1</source>
            <translation> · ファームウェア %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistpage.cpp" line="154" />
            <source>OK %1 / assessed %2 / %3 · %n blocking problem(s)</source>
            <translation>
                <numerusform>OK %1 / 評価済み %2 / %3 · 申請を妨げる問題 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="158" />
            <source>OK: items with a verdict and nothing blocking them. Assessed: items with a verdict. The last number is every item that counts on this route.</source>
            <translation>OK: 判定があり、申請を妨げる問題のない項目。評価済み: 判定のある項目。最後の数字: この申請ルートで対象となる全項目。</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="174" />
            <source>Exported on %1 (export %2, fingerprint %3…)</source>
            <translation>%1 に出力済み（出力ID %2、フィンガープリント %3…）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="177" />
            <source>Declaration fingerprint (SHA-256 over its content) at that export: %1</source>
            <translation>その出力時点の適合宣言のフィンガープリント（内容の SHA-256）: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistXlsx</name>
        <message>
            <location filename="../core/export/checklistxlsx.cpp" line="209" />
            <source>Can not create %1.</source>
            <translation>%1 を作成できません。</translation>
        </message>
        <message>
            <location filename="../core/export/checklistxlsx.cpp" line="229" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CmsSigner</name>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="80" />
            <source>The key %1 is encrypted; give its passphrase (HOSHI_KEY_PASSPHRASE).</source>
            <translation>鍵 %1 は暗号化されています。パスフレーズを指定してください（HOSHI_KEY_PASSPHRASE）。</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="81" />
            <source>%1 is not a PEM private key (or the passphrase is wrong): %2</source>
            <translation>%1 はPEM形式の秘密鍵ではありません（またはパスフレーズが違います）: %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="87" />
            <source>%1 is not a PEM certificate: %2</source>
            <translation>%1 はPEM形式の証明書ではありません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="89" />
            <source>The key %1 does not belong to the certificate %2.</source>
            <translation>鍵 %1 は証明書 %2 に対応していません。</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="106" />
            <location filename="../core/export/cmssigner.cpp" line="114" />
            <source>Signing failed: %1</source>
            <translation>署名できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="32" />
            <source>Can not read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="37" />
            <source>%1 is too large to be a PEM key or certificate.</source>
            <translation>%1 はPEM形式の鍵や証明書としては大きすぎます。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CommentThread</name>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="89" />
            <source>Comments</source>
            <translation>コメント</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/commentthread.cpp" line="90" />
            <source>Comments (%n open)</source>
            <translation>
                <numerusform>コメント（未解決 %n 件）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="90" />
            <source>Comments (%1)</source>
            <translation>コメント（%1 件）</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="97" />
            <source>finding: %1</source>
            <translation>所見: %1</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="99" />
            <source>imported</source>
            <translation>取り込み</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="102" />
            <source>✓ Resolved by %1, %2</source>
            <translation>✓ 解決済み（%1、%2）</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="133" />
            <source>General remarks on the declaration</source>
            <translation>宣言全体への所見・コメント</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="134" />
            <source>Review comments on %1</source>
            <translation>%1 へのレビューコメント</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="189" />
            <source>Write a comment (it is signed with your user name)</source>
            <translation>コメントを入力（ユーザー名で記録されます）</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="190" />
            <source>Add comment</source>
            <translation>コメントを追加</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="191" />
            <source>Mark resolved</source>
            <translation>解決済みにする</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="192" />
            <source>The selected comment has been answered or dealt with</source>
            <translation>選択したコメントへの回答・対応が済んだことを記録します</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaDiff</name>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="157" />
            <source>N/A when: %1</source>
            <translation>非該当とできる条件: %1</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="157" />
            <source>N/A: never</source>
            <translation>非該当: 不可</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="159" />
            <source>vendor</source>
            <translation>事業者</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="159" />
            <source>product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="163" />
            <source>one or more of:</source>
            <translation>次のいずれか1つ以上:</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="163" />
            <source>all of:</source>
            <translation>次のすべて:</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="166" />
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaLibrary</name>
        <message>
            <location filename="../core/criteria/criterialibrary.cpp" line="49" />
            <source>Open a workspace to import criteria into it.</source>
            <translation>評価基準を取り込むには、ワークスペースを開いてください。</translation>
        </message>
        <message>
            <location filename="../core/criteria/criterialibrary.cpp" line="54" />
            <source>A different criteria set with the id %1 is already known (%2); give this version its own id.</source>
            <translation>ID が %1 の別内容の評価基準がすでにあります（%2）。この版には別の ID を付けてください。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaLibraryPage</name>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="35" />
            <source>built-in</source>
            <translation>組み込み</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="37" />
            <source>user folder</source>
            <translation>ユーザーフォルダ</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="39" />
            <source>workspace copy</source>
            <translation>ワークスペース内の写し</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="40" />
            <source>file</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="46" />
            <source>superseded by %1</source>
            <translation>%1 により置き換え済み</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="47" />
            <source>published</source>
            <translation>公表済み</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="48" />
            <source>draft</source>
            <translation>案</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="49" />
            <source>superseded</source>
            <translation>置き換え済み</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="51" />
            <source> (public comment %1 – %2)</source>
            <translation>（意見募集 %1 – %2）</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="59" />
            <source>added</source>
            <translation>追加</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="61" />
            <source>removed</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="65" />
            <source>changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="187" />
            <source>Criteria sets</source>
            <translation>評価基準</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="188" />
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="188" />
            <source>Level</source>
            <translation>レベル</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="188" />
            <source>Version</source>
            <translation>版</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="188" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="188" />
            <source>Published</source>
            <translation>公表</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="188" />
            <source>Origin</source>
            <translation>入手元</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="189" />
            <source>Items</source>
            <translation>項目数</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="189" />
            <source>Used by</source>
            <translation>使用中の宣言</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="190" />
            <source>Import criteria file…</source>
            <translation>評価基準ファイルを取り込む…</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="191" />
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="192" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="192" />
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="192" />
            <source>Field</source>
            <translation>フィールド</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="192" />
            <source>Older version</source>
            <translation>旧版</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="192" />
            <source>Newer version</source>
            <translation>新版</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="193" />
            <source>Declarations and the criteria set they were assessed against</source>
            <translation>適合宣言と、評価に用いた評価基準</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="194" />
            <source>Declaration</source>
            <translation>適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="194" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="194" />
            <source>Criteria set</source>
            <translation>評価基準</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="195" />
            <source>Carry over to this set</source>
            <translation>この基準へ引き継ぐ</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="196" />
            <source>Starts a new declaration of the same product against the chosen set, keeping the answers and evidence of every unchanged item; the old declaration stays as it was.</source>
            <translation>同じ製品について、選んだ評価基準で新しい適合宣言を始めます。変更のない項目の回答とエビデンスは引き継ぎ、元の適合宣言はそのまま残します。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="230" />
            <source>Source: %1</source>
            <translation>出典: %1</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="318" />
            <source>Choose two different sets to compare.</source>
            <translation>比較する2つの異なる評価基準を選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="319" />
            <source>%1 → %2: %3 added, %4 removed, %5 changed (changed items are the ones a carry-over sends to review).</source>
            <translation>%1 → %2: 追加 %3 件、削除 %4 件、変更 %5 件（変更された項目は、引き継ぎの際に再確認の対象になります）。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="328" />
            <source>Import criteria file</source>
            <translation>評価基準ファイルの取り込み</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="328" />
            <source>Criteria files (*.json)</source>
            <translation>評価基準ファイル (*.json)</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="339" />
            <source>Imported %1 into the workspace.</source>
            <translation>%1 をワークスペースに取り込みました。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="343" />
            <source>%1 at %2: %3</source>
            <translation>%1 の %2: %3</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="343" />
            <source>(whole file)</source>
            <translation>（ファイル全体）</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="361" />
            <source>Declaration %1 created: every answer was carried over.</source>
            <translation>適合宣言 %1 を作成しました。すべての回答を引き継ぎました。</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="362" />
            <source>Declaration %1 created. Judge these items again (new or changed):</source>
            <translation>適合宣言 %1 を作成しました。次の項目（新規または変更）を改めて判定してください:</translation>
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
            <translation>YYYY-MM-DD</translation>
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
            <location filename="../forms/declaration/declarationeditor.cpp" line="61" />
            <source>Label &amp;lifecycle: application, status, changes, label page…</source>
            <translation>ラベルのライフサイクル(&amp;L): 申請、状態、変更、ラベルページ…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="79" />
            <source>No declaration open</source>
            <translation>適合宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="87" />
            <source>Declaration for %1</source>
            <translation>%1 の適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="91" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="92" />
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
            <location filename="../core/export/declarationjson.cpp" line="377" />
            <source>declaration.json is not valid JSON: %1</source>
            <translation>declaration.json は正しいJSONではありません: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="380" />
            <source>declaration.json is not a Hoshi declaration.</source>
            <translation>declaration.json はHoshiの適合宣言ではありません。</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="382" />
            <source>declaration.json was written by a newer Hoshi (format %1).</source>
            <translation>declaration.json は新しいバージョンのHoshiで書かれています（形式 %1）。</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="391" />
            <source>The criteria set in declaration.json can not be read: %1</source>
            <translation>declaration.json の適合基準を読み込めません: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="360" />
            <source>declaration.json assesses the item %1, which its criteria set does not have.</source>
            <translation>declaration.json は適合基準にない項目 %1 を評価しています。</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="366" />
            <source>declaration.json refers to evidence %1, which it does not contain.</source>
            <translation>declaration.json は含まれていないエビデンス %1 を参照しています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::DirectFile</name>
        <message>
            <location filename="../core/archive/directfile.cpp" line="29" />
            <source>DirectFile is for writing only.</source>
            <translation>DirectFile は書き込み専用です。</translation>
        </message>
        <message>
            <location filename="../core/archive/directfile.cpp" line="35" />
            <source>Out of memory.</source>
            <translation>メモリが不足しています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvaluationPointsPanel</name>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="26" />
            <source>official source</source>
            <translation>公式資料</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="28" />
            <source>secondary source</source>
            <translation>二次資料</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="30" />
            <source>our wording</source>
            <translation>本プロジェクトの記述</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="38" />
            <source>requirement</source>
            <translation>要求事項</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="40" />
            <source>methods</source>
            <translation>評価方法</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="42" />
            <source>N/A rule</source>
            <translation>非該当の条件</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="44" />
            <source>evaluation points</source>
            <translation>評価項目</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="109" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="163" />
            <source>Evaluation points</source>
            <translation>評価項目</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="165" />
            <source>Alternatives: tick the point(s) this product relies on; at least one of them needs evidence of its method.</source>
            <translation>選択肢: この製品が採用する評価項目にチェックを付けてください。そのうち少なくとも1つに、その評価方法のエビデンスが必要です。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="166" />
            <source>Every point needs evidence of its method. Link the item's evidence to the point it supports.</source>
            <translation>すべての評価項目に、その評価方法のエビデンスが必要です。項目のエビデンスを、裏付ける評価項目に紐付けてください。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="210" />
            <source>✓ evidenced</source>
            <translation>✓ エビデンスあり</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="210" />
            <source>no %1 yet</source>
            <translation>%1 はまだありません</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="216" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="217" />
            <source>Link the item's evidence records to this evaluation point</source>
            <translation>項目のエビデンスをこの評価項目に紐付けます</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="230" />
            <source>Add evidence to the item first</source>
            <translation>先に項目へエビデンスを追加してください</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceArchiveExporter</name>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="358" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 はすでに存在します。置き換えません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="366" />
            <source>Can not create %1: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="129" />
            <location filename="../core/export/evidencearchiveexporter.cpp" line="402" />
            <source>The export was cancelled.</source>
            <translation>出力は中止されました。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="144" />
            <source>The stored content of "%1" has %2 bytes instead of %3. The workspace is damaged; nothing was exported.</source>
            <translation>「%1」の保存内容が %3 バイトではなく %2 バイトです。ワークスペースが破損しています。何も出力していません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="222" />
            <source>The stored content of "%1" no longer matches its SHA-256 (expected %2, found %3). The workspace is damaged; nothing was exported.</source>
            <translation>「%1」の保存内容がSHA-256と一致しなくなっています（期待値 %2、実際 %3）。ワークスペースが破損しています。何も出力していません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="320" />
            <source>Can not rename %1 to %2.</source>
            <translation>%1 の名前を %2 に変更できません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="161" />
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
            <location filename="../forms/evidence/evidenceeditor.cpp" line="460" />
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
            <location filename="../forms/evidence/evidenceeditor.cpp" line="95" />
            <source>This does not look like a web address (https://…).</source>
            <translation>Webアドレス（https://…）ではないようです。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="122" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="123" />
            <source>Evidence must back at least one item. Remove it instead if it is no longer needed.</source>
            <translation>エビデンスは少なくとも1つの項目の根拠でなければなりません。不要になった場合は削除してください。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="141" />
            <source>Importing %1…</source>
            <translation>%1 を取り込み中…</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="204" />
            <source>No evidence selected</source>
            <translation>エビデンスが選択されていません</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="223" />
            <source>Document review for %1</source>
            <translation>%1 の文書評価</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="224" />
            <source>Device test for %1</source>
            <translation>%1 の実機テスト</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="255" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="258" />
            <source>%1
SHA-256: %2
Added %3</source>
            <translation>%1
SHA-256: %2
追加日時 %3</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="268" />
            <source>No file attached yet. Attach one with the button, or drop files here.</source>
            <translation>まだファイルが添付されていません。ボタンで添付するか、ここにファイルをドロップしてください。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="283" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="422" />
            <source>Attach evidence files</source>
            <translation>エビデンスのファイルを添付</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="432" />
            <location filename="../forms/evidence/evidenceeditor.cpp" line="444" />
            <source>Attach files</source>
            <translation>ファイルの添付</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="433" />
            <source>Another import is still running; wait for it or cancel it.</source>
            <translation>別の取り込みが実行中です。終わるまで待つか、キャンセルしてください。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="434" />
            <source>Files cannot be attached in this workspace.</source>
            <translation>このワークスペースにはファイルを添付できません。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="447" />
            <source>Import cancelled; nothing of the cancelled file was kept.</source>
            <translation>取り込みをキャンセルしました。キャンセルしたファイルは何も残っていません。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="461" />
            <source>Remove %1 from this evidence? This cannot be undone.</source>
            <translation>%1 をこのエビデンスから削除しますか？ この操作は元に戻せません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceImport</name>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="59" />
            <source>it is not a JSON object</source>
            <translation>JSON オブジェクトではありません</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="68" />
            <source>unknown key "%1"</source>
            <translation>不明なキー「%1」があります</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="73" />
            <source>"%1" must be a string</source>
            <translation>「%1」は文字列にしてください</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="80" />
            <source>"kind" must be "document" or "device-test"</source>
            <translation>「kind」は「document」または「device-test」にしてください</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="85" />
            <source>"items" must be a non-empty array of item ids</source>
            <translation>「items」は項目 ID の空でない配列にしてください</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="93" />
            <source>"testedOn" must be a date as YYYY-MM-DD</source>
            <translation>「testedOn」は YYYY-MM-DD 形式の日付にしてください</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="99" />
            <source>"files" must be an array of file paths</source>
            <translation>「files」はファイルパスの配列にしてください</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="115" />
            <source>The import file is not valid JSON (at byte %1: %2).</source>
            <translation>取り込みファイルが正しい JSON ではありません（%1 バイト目: %2）。</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="119" />
            <source>The import file must hold a JSON array of evidence records.</source>
            <translation>取り込みファイルには証跡レコードの JSON 配列を記述してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="129" />
            <source>Record %1: %2. Nothing was imported.</source>
            <translation>%1 件目のレコード: %2。何も取り込んでいません。</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="135" />
            <source>The import file holds no evidence records.</source>
            <translation>取り込みファイルに証跡レコードがありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="155" />
            <source>Record %1: %2 Nothing was imported.</source>
            <translation>%1 件目のレコード: %2 何も取り込んでいません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidencePreview</name>
        <message numerus="yes">
            <location filename="../forms/preview/evidencepreview.cpp" line="528" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="229" />
            <source>Previous page</source>
            <translation>前のページ</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="230" />
            <source>Next page</source>
            <translation>次のページ</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="231" />
            <source>Zoom in</source>
            <translation>拡大</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="232" />
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="233" />
            <source>Fit to width</source>
            <translation>幅に合わせる</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="234" />
            <source>Search in the PDF</source>
            <translation>PDF内を検索</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="235" />
            <source>Use this page</source>
            <translation>このページを使う</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="236" />
            <source>Write the page shown into the page field of the document reference</source>
            <translation>表示中のページ番号を文書の参照箇所（ページ）に記入します</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="237" />
            <location filename="../forms/preview/evidencepreview.cpp" line="446" />
            <source>This PDF is protected by a password. Enter it to view the document (the password is not stored).</source>
            <translation>このPDFはパスワードで保護されています。表示するにはパスワードを入力してください（パスワードは保存されません）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="239" />
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="245" />
            <source>Attached files</source>
            <translation>添付ファイル</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="275" />
            <source>No file to preview.</source>
            <translation>プレビューするファイルがありません。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="300" />
            <source>No file attached to this evidence yet.</source>
            <translation>このエビデンスにはまだファイルが添付されていません。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="357" />
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="361" />
            <source>This PDF is too large to preview here (%1).</source>
            <translation>このPDFは大きすぎるため、ここではプレビューできません（%1）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="364" />
            <source>Rendering %1…</source>
            <translation>%1 を描画しています…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="373" />
            <location filename="../forms/preview/evidencepreview.cpp" line="377" />
            <source>Loading %1…</source>
            <translation>%1 を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="387" />
            <source>%1 (%2) cannot be previewed here; open it with another application.</source>
            <translation>%1（%2）はここではプレビューできません。別のアプリケーションで開いてください。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="480" />
            <source>Rendering…</source>
            <translation>描画しています…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="524" />
            <source>p. %1: …%2…</source>
            <translation>%1 ページ: …%2…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="542" />
            <source>Cannot read %1 from the workspace: %2</source>
            <translation>ワークスペースから %1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="384" />
            <source>%1 (%2) cannot be previewed here. It is kept in the workspace with its SHA-256.</source>
            <translation>%1（%2）はここではプレビューできません。ファイルはSHA-256とともにワークスペースに保存されています。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="459" />
            <location filename="../forms/preview/evidencepreview.cpp" line="490" />
            <location filename="../forms/preview/evidencepreview.cpp" line="515" />
            <source>This PDF cannot be shown: %1</source>
            <translation>このPDFは表示できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="442" />
            <source>That password is not correct. Try again.</source>
            <translation>パスワードが正しくありません。もう一度入力してください。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="543" />
            <source>Cannot read %1 from %2: %3</source>
            <translation>%2 から %1 を読み込めません: %3</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="370" />
            <source>This image is too large to preview here (%1).</source>
            <translation>この画像は大きすぎるため、ここではプレビューできません（%1）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="553" />
            <source>This image cannot be shown: %1</source>
            <translation>この画像は表示できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="569" />
            <source>[… preview shows the first %1 of %2]</source>
            <translation>［… %2 のうち先頭の %1 を表示しています］</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="622" />
            <source>of %1</source>
            <translation>/ %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportDialog</name>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="269" />
            <location filename="../forms/export/exportdialog.cpp" line="644" />
            <source>Cancelling… nothing will be left under the final names.</source>
            <translation>キャンセルしています…最終的なファイル名では何も残りません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="312" />
            <location filename="../forms/export/exportdialog.cpp" line="316" />
            <source>Export declaration</source>
            <translation>適合宣言の出力</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="314" />
            <source>Export %1 — %2</source>
            <translation>出力: %1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="317" />
            <source>&amp;Export</source>
            <translation>出力(&amp;E)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="318" />
            <location filename="../forms/export/exportdialog.cpp" line="353" />
            <location filename="../forms/export/exportdialog.cpp" line="403" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="318" />
            <location filename="../forms/export/exportdialog.cpp" line="403" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="321" />
            <source>Nothing has been written. Click a problem to go to it; export again once none is left.</source>
            <translation>何も出力していません。問題をクリックするとその箇所へ移動します。問題がなくなってから、もう一度出力してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="323" />
            <source>This declaration cannot be exported yet (%n blocking problem(s)).</source>
            <translation>
                <numerusform>この適合宣言はまだ出力できません（申請を妨げる問題が %n 件あります）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="325" />
            <source>Output &amp;folder:</source>
            <translation>出力先フォルダ(&amp;F):</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="327" />
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="328" />
            <source>Write:</source>
            <translation>出力するもの:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="329" />
            <source>&amp;Application package for IPA (checklist PDF, XLSX, CSV, application data, README)</source>
            <translation>IPAへの申請パッケージ(&amp;A)（チェックリストのPDF・XLSX・CSV、申請データ、README）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="330" />
            <source>Checklist in &amp;English (allowed on the UK PSTI route; Japanese otherwise)</source>
            <translation>チェックリストを英語で作成(&amp;E)（英国 PSTI ルートのみ可。通常は日本語）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="331" />
            <source>Retained e&amp;vidence archive (BagIt ZIP with every evidence file, for auditors)</source>
            <translation>保管用エビデンスアーカイブ(&amp;V)（全エビデンスファイルを含むBagIt形式のZIP、監査用）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="332" />
            <source>For an IPA evidence request: only the evidence of these &amp;items (for example S1.1-04, S1.1-13; empty: every item). A subset holds no application package.</source>
            <translation>IPA からのエビデンス提出要請向け: 次の項目のエビデンスのみ(&amp;I)（例: S1.1-04, S1.1-13。空欄: すべての項目）。部分アーカイブには申請パッケージを含めません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="334" />
            <source>every item</source>
            <translation>すべての項目</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="335" />
            <source>Signature (optional)</source>
            <translation>署名（任意）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="336" />
            <source>&amp;Sign the evidence archive</source>
            <translation>エビデンスアーカイブに署名する(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="337" />
            <source>Private key (PEM):</source>
            <translation>秘密鍵（PEM）:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="338" />
            <source>Certificate (PEM):</source>
            <translation>証明書（PEM）:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="339" />
            <location filename="../forms/export/exportdialog.cpp" line="340" />
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="341" />
            <source>Key passphrase:</source>
            <translation>鍵のパスフレーズ:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="342" />
            <source>only for an encrypted key</source>
            <translation>暗号化された鍵の場合のみ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="343" />
            <source>Create a key pair…</source>
            <translation>鍵ペアを作成…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="344" />
            <source>Makes a self-signed ECDSA P-256 key and certificate in a folder you choose, named after the organisation.</source>
            <translation>選んだフォルダに、組織名を入れた自己署名のECDSA P-256の鍵と証明書を作成します。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="346" />
            <source>The signature covers every file of the archive. Give the certificate's fingerprint to whoever will check your archives.</source>
            <translation>署名はアーカイブ内のすべてのファイルを対象とします。証明書のフィンガープリントを、アーカイブを検証する相手に渡してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="349" />
            <source>Nothing blocks submission (%n warning(s)).</source>
            <translation>
                <numerusform>申請を妨げる問題はありません（警告 %n 件）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="350" />
            <source>Nothing blocks submission.</source>
            <translation>申請を妨げる問題はありません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="354" />
            <source>Open folder</source>
            <translation>フォルダを開く</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="378" />
            <source>No declaration is open.</source>
            <translation>適合宣言が開かれていません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="413" />
            <source>Export into folder</source>
            <translation>出力先フォルダ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="421" />
            <source>Signing certificate</source>
            <translation>署名用の証明書</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="421" />
            <source>Signing key</source>
            <translation>署名用の鍵</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="422" />
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation>PEMファイル (*.pem *.crt *.key);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="429" />
            <source>Folder for the new key pair</source>
            <translation>新しい鍵ペアを保存するフォルダ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="432" />
            <source>Hoshi signing key</source>
            <translation>Hoshi 署名鍵</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="436" />
            <source>Passphrase for the new key</source>
            <translation>新しい鍵のパスフレーズ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="437" />
            <source>A passphrase protects the signing key if the file is copied. Leave both fields empty for a key without one. It is asked for again at every signed export; it can not be recovered.</source>
            <translation>パスフレーズは、鍵ファイルが複製されたときに署名鍵を守ります。パスフレーズなしの鍵にする場合は両方の欄を空にしてください。署名付きで出力するたびに入力を求められます。忘れた場合は復元できません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="451" />
            <source>Created %1 and %2 (%3). Certificate fingerprint (SHA-256): %4. Keep the key private.</source>
            <translation>%1 と %2 を作成しました（%3）。証明書のフィンガープリント（SHA-256）: %4。鍵は他人に渡さないでください。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="493" />
            <source>Key passphrase</source>
            <translation>鍵のパスフレーズ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="493" />
            <source>The signing key %1 is protected by a passphrase:</source>
            <translation>署名鍵 %1 はパスフレーズで保護されています:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="517" />
            <source>Writing the application package…</source>
            <translation>申請パッケージを書き出しています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="517" />
            <source>Preparing the export…</source>
            <translation>出力の準備をしています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="519" />
            <source>Writing the evidence archive…</source>
            <translation>エビデンスアーカイブを書き出しています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="523" />
            <source>Checking the written archive…</source>
            <translation>書き出したアーカイブを検証しています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="562" />
            <source>Export cancelled. Nothing was written.</source>
            <translation>出力をキャンセルしました。何も出力していません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="563" />
            <source>The export failed and nothing was written: %1</source>
            <translation>出力に失敗しました。何も出力していません: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="571" />
            <source>Export complete: %n item(s) written to %1.</source>
            <translation>
                <numerusform>出力が完了しました: %1 に %n 件を書き出しました。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="575" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="581" />
            <source>application package (folder)</source>
            <translation>申請パッケージ（フォルダ）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="589" />
            <source>application package (ZIP)</source>
            <translation>申請パッケージ（ZIP）</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="591" />
            <source>evidence archive, %n evidence file(s)</source>
            <translation>
                <numerusform>エビデンスアーカイブ、エビデンスファイル %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="599" />
            <source>The written archive was not checked (cancelled). Open it with File ▸ Open evidence archive to check it.</source>
            <translation>書き出したアーカイブは検証していません（キャンセル）。検証するには ファイル ▸ エビデンスアーカイブを開く で開いてください。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="604" />
            <source>Evidence archive checked after writing: %1.</source>
            <translation>書き出し後にエビデンスアーカイブを検証しました: %1。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="611" />
            <source>Certificate SHA-256: %1 — give this fingerprint to whoever will check your archives.</source>
            <translation>証明書のSHA-256: %1 — このフィンガープリントを、アーカイブを検証する相手に渡してください。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportJob</name>
        <message>
            <location filename="../core/export/exportjob.cpp" line="47" />
            <source>A subset names the full evidence archive it belongs to, and this declaration has never been exported. Export it in full first.</source>
            <translation>部分アーカイブには元になる完全なエビデンスアーカイブを記載しますが、この宣言はまだ一度もエクスポートされていません。先に全体をエクスポートしてください。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="84" />
            <source>Nothing to export: both the package and the archive were left out.</source>
            <translation>出力するものがありません。申請パッケージとエビデンスアーカイブの両方が除外されています。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="86" />
            <source>An evidence subset is an evidence archive; it can not leave the archive out.</source>
            <translation>部分アーカイブはエビデンスアーカイブそのものです。アーカイブを省くことはできません。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="88" />
            <source>Signing needs both a key and a certificate.</source>
            <translation>署名には鍵と証明書の両方が必要です。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="91" />
            <source>The output folder %1 is not a folder.</source>
            <translation>出力先 %1 はフォルダではありません。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="113" />
            <source>The output folder %1 does not exist and can not be created.</source>
            <translation>出力先フォルダ %1 が存在せず、作成もできません。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="166" />
            <source>Unknown document language "%1"; use ja or en.</source>
            <translation>文書の言語「%1」は使えません。ja または en を指定してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/export/exportjob.cpp" line="108" />
            <source>The declaration can not be exported: %n blocking problem(s).</source>
            <translation>
                <numerusform>適合宣言を出力できません: 申請を妨げる問題が %n 件あります。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportPdf</name>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="65" />
            <source>Writing PDF files needs a QGuiApplication (hoshi-cli creates one for export).</source>
            <translation>PDFファイルの作成には QGuiApplication が必要です（hoshi-cli は出力時に作成します）。</translation>
        </message>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="99" />
            <source>The PDF "%1" could not be produced.</source>
            <translation>PDF「%1」を作成できませんでした。</translation>
        </message>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="162" />
            <source>No Japanese font (IPAPGothic, package fonts-ipafont-gothic) was found; Japanese text in the PDFs will not be searchable.</source>
            <translation>日本語フォント（IPAPGothic、パッケージ fonts-ipafont-gothic）が見つかりません。PDF内の日本語は検索できなくなります。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportRunner</name>
        <message>
            <location filename="../forms/export/exportrunner.cpp" line="59" />
            <source>The export ended without a result.</source>
            <translation>出力が結果を返さずに終了しました。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExtractedCopies</name>
        <message>
            <location filename="../core/archive/extractedcopies.cpp" line="23" />
            <source>No temporary folder: %1</source>
            <translation>一時フォルダを作成できません: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FieldMarker</name>
        <message>
            <location filename="../forms/common/fieldmarker.h" line="37" />
            <source>Use the form YYYY-MM-DD, for example 2027-03-31.</source>
            <translation>YYYY-MM-DD の形式で入力してください（例: 2027-03-31）。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Finding</name>
        <message>
            <location filename="../core/findings/findings.cpp" line="40" />
            <source>Accepted</source>
            <translation>了承</translation>
        </message>
        <message>
            <location filename="../core/findings/findings.cpp" line="42" />
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <location filename="../core/findings/findings.cpp" line="44" />
            <source>More evidence needed</source>
            <translation>追加エビデンス要</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsArchive</name>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="30" />
            <source>Findings can only be recorded on an intact archive.</source>
            <translation>所見は、改ざんや欠落のない（完全性が確認された）アーカイブにのみ記録できます。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="34" />
            <source>The archive holds no readable declaration: %1</source>
            <translation>アーカイブに読み取れる宣言がありません: %1</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="41" />
            <source>The archive has no export id (Hoshi-Export-Id in bag-info.txt), so findings on it could not be matched to the declaration that produced it.</source>
            <translation>アーカイブにエクスポート ID（bag-info.txt の Hoshi-Export-Id）がないため、所見を作成元の宣言に結び付けられません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="60" />
            <source>The findings are about the export %1, this archive is the export %2.</source>
            <translation>この所見はエクスポート %1 に対するものですが、このアーカイブはエクスポート %2 です。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="65" />
            <source>The findings are about an archive with another payload (manifest SHA-256 %1, this archive %2).</source>
            <translation>この所見は内容の異なるアーカイブに対するものです（マニフェストの SHA-256: 所見 %1、このアーカイブ %2）。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsFile</name>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="51" />
            <source>%1: unknown field "%2".</source>
            <translation>%1: 不明な項目「%2」があります。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="65" />
            <source>%1: "%2" must be a text.</source>
            <translation>%1:「%2」は文字列でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="68" />
            <source>%1: "%2" is empty.</source>
            <translation>%1:「%2」が空です。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="70" />
            <source>%1: "%2" is longer than %3 characters.</source>
            <translation>%1:「%2」が %3 文字を超えています。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="72" />
            <source>%1: "%2" holds control characters.</source>
            <translation>%1:「%2」に制御文字が含まれています。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="83" />
            <source>%1: "%2" is not a UTC time (YYYY-MM-DDThh:mm:ssZ).</source>
            <translation>%1:「%2」が UTC の日時（YYYY-MM-DDThh:mm:ssZ）ではありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="91" />
            <source>%1: "%2" is missing or not an object.</source>
            <translation>%1:「%2」がないか、オブジェクトではありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="100" />
            <source>%1: "%2" is missing or not a list.</source>
            <translation>%1:「%2」がないか、配列ではありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="110" />
            <source>%1: "%2" must be a positive whole number.</source>
            <translation>%1:「%2」は正の整数でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="138" />
            <source>archive: "payloadManifestSha256" must be 64 lower-case hexadecimal digits.</source>
            <translation>archive:「payloadManifestSha256」は小文字の 16 進数 64 桁でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="159" />
            <source>declaration: "modelNumbers" must be a list of texts.</source>
            <translation>declaration:「modelNumbers」は文字列の配列でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="168" />
            <source>The file holds %1 findings; at most %2 are accepted.</source>
            <translation>ファイルに所見が %1 件あります。受け付けるのは最大 %2 件です。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="177" />
            <source>%1: must be an object.</source>
            <translation>%1: オブジェクトでなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="190" />
            <source>%1: unknown status "%2" (accepted, question or more-evidence).</source>
            <translation>%1: 不明な状態「%2」です（accepted、question、more-evidence のいずれか）。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="194" />
            <source>%1: a question or a request for more evidence needs a text.</source>
            <translation>%1: 質問・追加エビデンス要には本文が必要です。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="196" />
            <source>%1: item %2 has a finding already.</source>
            <translation>%1: 項目 %2 の所見がすでにあります。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="211" />
            <source>This is not a Hoshi findings file ("format" is not "%1").</source>
            <translation>Hoshi の所見ファイルではありません（「format」が「%1」ではありません）。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="216" />
            <source>The findings file has format version %1; this Hoshi reads version %2. Update Hoshi to import it.</source>
            <translation>所見ファイルの形式バージョンは %1 ですが、この Hoshi が読めるのはバージョン %2 までです。取り込むには Hoshi を更新してください。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="233" />
            <source>findings file: "signature" must be "none" or "detached-cms".</source>
            <translation>所見ファイル:「signature」は「none」か「detached-cms」でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="236" />
            <source>The findings file holds no findings and no remarks.</source>
            <translation>所見ファイルに所見も全体コメントもありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="244" />
            <source>Cannot write %1: %2</source>
            <translation>%1 を書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="287" />
            <source>The findings file is not valid JSON (offset %1: %2).</source>
            <translation>所見ファイルが正しい JSON ではありません（位置 %1: %2）。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="290" />
            <source>The findings file is not a JSON object.</source>
            <translation>所見ファイルが JSON オブジェクトではありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="326" />
            <source>Cannot remove the old signature %1.</source>
            <translation>古い署名 %1 を削除できません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="336" />
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="340" />
            <source>%1 is larger than a findings file can be (%2 MiB).</source>
            <translation>%1 は所見ファイルとして大きすぎます（上限 %2 MiB）。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="347" />
            <source>%1 is not a valid findings file: %2</source>
            <translation>%1 は正しい所見ファイルではありません: %2</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="354" />
            <source>%1 says it is signed, but its signature %2 is missing. The file is not imported.</source>
            <translation>%1 は署名付きとされていますが、署名 %2 がありません。このファイルは取り込みません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="362" />
            <source>Cannot read the signature %1.</source>
            <translation>署名 %1 を読み取れません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="367" />
            <source>The signature of %1 does not verify: the file was changed after it was signed, or the signature belongs to another file (%2).</source>
            <translation>%1 の署名を検証できません。署名後にファイルが変更されたか、署名が別のファイルのものです（%2）。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsImportAction</name>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="12" />
            <location filename="../forms/review/findingsimportaction.cpp" line="20" />
            <location filename="../forms/review/findingsimportaction.cpp" line="26" />
            <location filename="../forms/review/findingsimportaction.cpp" line="47" />
            <source>Import findings</source>
            <translation>所見の取り込み</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="13" />
            <source>Findings files (*-findings.json);;JSON files (*.json)</source>
            <translation>所見ファイル (*-findings.json);;JSON ファイル (*.json)</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="20" />
            <source>Open the workspace for editing to import findings.</source>
            <translation>所見を取り込むには、ワークスペースを編集可能で開いてください。</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="26" />
            <source>Nothing was changed.</source>
            <translation>ワークスペースは何も変更されていません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/findingsimportaction.cpp" line="33" />
            <source>%n finding(s) by %1 arrived as comments: %2 accepted, %3 questions, %4 more evidence needed.</source>
            <translation>
                <numerusform>%1 さんの所見 %n 件をコメントとして取り込みました（了承 %2 件、質問 %3 件、追加エビデンス要 %4 件）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="40" />
            <source>The general remarks are a comment on the declaration.</source>
            <translation>全体コメントは宣言へのコメントとして取り込みました。</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="43" />
            <source>Signed by %1. Certificate fingerprint (SHA-256): %2 — compare it with the one the reviewer gave you.</source>
            <translation>署名者: %1。証明書のフィンガープリント（SHA-256）: %2 — レビュー担当者から受け取った値と照合してください。</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="46" />
            <source>The findings are not signed.</source>
            <translation>この所見には署名がありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsImporter</name>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="46" />
            <source>declaration %1 (%2, %3)</source>
            <translation>宣言 %1（%2、%3）</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="58" />
            <source>The findings are for another declaration: the archive %1 was exported from declaration %2 of this workspace, but the findings name %3.</source>
            <translation>別の宣言に対する所見です。アーカイブ %1 はこのワークスペースの宣言 %2 からエクスポートされましたが、所見には %3 と記載されています。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="69" />
            <source>The findings are for another archive, one this workspace did not export (export %1 of %2): no declaration here matches it.</source>
            <translation>別のアーカイブに対する所見です。このワークスペースからエクスポートしたものではありません（%2 のエクスポート %1）。一致する宣言がありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="75" />
            <source>The findings are for another archive: declaration %1 was never exported with the export id %2.</source>
            <translation>別のアーカイブに対する所見です。宣言 %1 がエクスポート ID %2 でエクスポートされた記録はありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="89" />
            <source>The criteria set of declaration %1 is not available.</source>
            <translation>宣言 %1 の基準セットを利用できません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="94" />
            <source>The findings name item %1, which %2 does not have.</source>
            <translation>所見に記載された項目 %1 は %2 にありません。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="107" />
            <source>These findings (%1, %2) were imported before.</source>
            <translation>この所見（%1、%2）は取り込み済みです。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="154" />
            <source>The findings are for another declaration: they belong to declaration %1 (%2), not to declaration %3.</source>
            <translation>別の宣言に対する所見です。この所見は宣言 %3 ではなく宣言 %1（%2）のものです。</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="199" />
            <source>%1 is not imported: %2</source>
            <translation>%1 は取り込みませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsPanel</name>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="147" />
            <source>Findings cannot be recorded: %1</source>
            <translation>所見を記録できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="163" />
            <source>Findings will be saved as %1.</source>
            <translation>所見は %1 に保存されます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="166" />
            <source>The findings file beside the archive is not used: %1 Saving replaces it.</source>
            <translation>アーカイブの横にある所見ファイルは使用しません: %1 保存すると置き換えます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="179" />
            <source>Loaded the signed findings saved %1 (signer %2).</source>
            <translation>%1 に保存された署名付きの所見を読み込みました（署名者 %2）。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="182" />
            <source>Loaded the findings saved %1.</source>
            <translation>%1 に保存された所見を読み込みました。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="208" />
            <source>Finding:</source>
            <translation>所見:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="208" />
            <source>Finding on %1:</source>
            <translation>%1 の所見:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="217" />
            <location filename="../forms/auditor/findingspanel.cpp" line="230" />
            <source>Choose a finding first.</source>
            <translation>先に所見の種類を選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="218" />
            <location filename="../forms/auditor/findingspanel.cpp" line="230" />
            <source>What the vendor should know or answer</source>
            <translation>製造者に伝えること・回答を求めること</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/findingspanel.cpp" line="244" />
            <source>%n finding(s)</source>
            <translation>
                <numerusform>所見 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="246" />
            <source>: %1 accepted, %2 questions, %3 more evidence</source>
            <translation>（了承 %1、質問 %2、追加エビデンス要 %3）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="248" />
            <source> · not saved</source>
            <translation> · 未保存</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="254" />
            <source>Signing certificate</source>
            <translation>署名用の証明書</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="254" />
            <source>Signing key</source>
            <translation>署名鍵</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="255" />
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation>PEM ファイル (*.pem *.crt *.key);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="268" />
            <source>Enter your name as the reviewer before saving.</source>
            <translation>保存する前に、レビュー担当者として氏名を入力してください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="274" />
            <source>The finding on %1 needs a text: say what is asked.</source>
            <translation>%1 の所見には本文が必要です。何を求めるかを記入してください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="279" />
            <source>Record a finding on at least one item (or a general remark) before saving.</source>
            <translation>保存する前に、少なくとも 1 項目の所見（または全体コメント）を記録してください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="286" />
            <source>Choose the signing key and certificate, or save without a signature.</source>
            <translation>署名鍵と証明書を選ぶか、署名なしで保存してください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="308" />
            <source>Saved and signed: %1 (with %2)</source>
            <translation>署名して保存しました: %1（署名 %2）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="311" />
            <source>Saved: %1</source>
            <translation>保存しました: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="328" />
            <source>No finding</source>
            <translation>所見なし</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="333" />
            <source>Reviewer:</source>
            <translation>レビュー担当者:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="334" />
            <source>your name and organisation</source>
            <translation>氏名と所属</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="335" />
            <source>General remarks:</source>
            <translation>全体コメント:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="336" />
            <source>optional, about the declaration as a whole</source>
            <translation>任意。宣言全体について</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="337" />
            <source>Sign the findings</source>
            <translation>所見に署名する</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="338" />
            <source>Key…</source>
            <translation>鍵…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="340" />
            <source>Certificate…</source>
            <translation>証明書…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="343" />
            <source>passphrase (encrypted key only)</source>
            <translation>パスフレーズ（暗号化された鍵のみ）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="344" />
            <source>Save findings</source>
            <translation>所見を保存</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="345" />
            <source>Saves the findings beside the archive as &lt;archive&gt;-findings.json for the vendor to import (File ▸ Import findings…).</source>
            <translation>所見をアーカイブの横に &lt;archive&gt;-findings.json として保存します。製造者は［ファイル ▸ 所見の取り込み…］で取り込めます。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ItemPage</name>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="337" />
            <source>◀ Checklist</source>
            <translation>◀ チェックリスト</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="338" />
            <source>Back to the checklist (Esc)</source>
            <translation>チェックリストに戻る（Esc）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="339" />
            <source>Previous item (Ctrl+PgUp)</source>
            <translation>前の項目（Ctrl+PgUp）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="340" />
            <source>Next item (Ctrl+PgDown)</source>
            <translation>次の項目（Ctrl+PgDown）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="341" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="342" />
            <source>&amp;Conforming</source>
            <translation>適合(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="343" />
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="344" />
            <source>Not &amp;applicable</source>
            <translation>対象外(&amp;A)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="345" />
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="346" />
            <source>&amp;Non-conforming</source>
            <translation>不適合(&amp;N)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="347" />
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="348" />
            <source>Not assessed</source>
            <translation>未評価</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="349" />
            <source>Ctrl+4</source>
            <translation>Ctrl+4</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="350" />
            <source>Justification for not applicable</source>
            <translation>対象外とする理由</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="351" />
            <source>Why the N/A condition holds for this product (required for N/A)</source>
            <translation>この製品が対象外の条件に当てはまる理由（対象外とする場合は必須）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="352" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="353" />
            <source>Internal notes (not part of the declaration)</source>
            <translation>社内用のメモ（適合宣言には含まれません）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="354" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="355" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="355" />
            <source>Reference</source>
            <translation>参照先</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="355" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="356" />
            <source>Add document review</source>
            <translation>文書評価を追加</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="357" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="358" />
            <source>Add device test</source>
            <translation>実機テストを追加</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="359" />
            <source>Ctrl+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="360" />
            <source>Link existing ▾</source>
            <translation>既存のものを紐付け ▾</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="361" />
            <source>Let evidence recorded for another item back this one too</source>
            <translation>ほかの項目に記録したエビデンスを、この項目の根拠にも使います</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="362" />
            <location filename="../forms/itempage/itempage.cpp" line="585" />
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="363" />
            <source>Unlink</source>
            <translation>紐付けを解除</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="364" />
            <source>This evidence no longer backs this item (it stays for the others)</source>
            <translation>このエビデンスをこの項目の根拠から外します（ほかの項目には残ります）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="365" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="366" />
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="367" />
            <source>History</source>
            <translation>変更履歴</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="368" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="368" />
            <source>Who</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="368" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="420" />
            <source>No item selected</source>
            <translation>項目が選択されていません</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="442" />
            <source>vendor scope — answered once for %1, shared by all its products</source>
            <translation>事業者単位 — %1 として一度回答し、すべての製品で共有</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="444" />
            <source>product scope</source>
            <translation>製品単位</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="445" />
            <source>%1 · %2 · method %3 · item %4 of %5</source>
            <translation>%1 · %2 · 評価手法 %3 · %5 項目中 %4 番目</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="451" />
            <source>&lt;b&gt;N/A only when:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;対象外にできる条件:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="452" />
            <source>&lt;b&gt;N/A:&lt;/b&gt; never allowed for this item.</source>
            <translation>&lt;b&gt;対象外:&lt;/b&gt; この項目は対象外にできません。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="454" />
            <source>What to record: %1</source>
            <translation>記録する内容: %1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="457" />
            <source>Exempt on the UK PSTI route: PSTI compliance is deemed to meet this item; attach the PSTI statement of compliance to the declaration.</source>
            <translation>英国PSTIルートでは免除: PSTIへの適合をもってこの項目を満たすものとみなされます。PSTIの適合宣言書を適合宣言に添付してください。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="472" />
            <source>Not applicable is not an option for this item.</source>
            <translation>この項目は対象外を選べません。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="508" />
            <source>(not filled in yet)</source>
            <translation>（未記入）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="568" />
            <source>Select evidence to preview its files.</source>
            <translation>エビデンスを選ぶと、そのファイルをプレビューできます。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="585" />
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="649" />
            <source>%1: %2 (%3)</source>
            <translation>%1: %2（%3）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="658" />
            <source>No other evidence in this declaration</source>
            <translation>この適合宣言にはほかのエビデンスがありません</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/itempage.cpp" line="675" />
            <source>Remove this evidence and its %n file(s)? It also backs %1. This cannot be undone.</source>
            <translation>
                <numerusform>このエビデンスとファイル %n 件を削除しますか？ このエビデンスは %1 の根拠にもなっています。この操作は元に戻せません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/itempage.cpp" line="678" />
            <source>Remove this evidence and its %n file(s)? This cannot be undone.</source>
            <translation>
                <numerusform>このエビデンスとファイル %n 件を削除しますか？ この操作は元に戻せません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="680" />
            <source>Remove evidence</source>
            <translation>エビデンスの削除</translation>
        </message>
    </context>
    <context>
        <name>hoshi::KeyGenerator</name>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="73" />
            <source>The certificate needs a name.</source>
            <translation>証明書には名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="75" />
            <source>Can not create the folder %1.</source>
            <translation>フォルダ %1 を作成できません。</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="80" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 はすでに存在します。置き換えません。</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="87" />
            <source>Key generation failed: %1</source>
            <translation>鍵を生成できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="93" />
            <source>No random numbers: %1</source>
            <translation>乱数を取得できません: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="113" />
            <source>The certificate could not be made: %1</source>
            <translation>証明書を作成できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="122" />
            <source>The key could not be encoded: %1</source>
            <translation>鍵を書き出せませんでした: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="46" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="41" />
            <source>Can not create %1: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelLifecyclePage</name>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="138" />
            <source>← Declaration</source>
            <translation>← 宣言</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="139" />
            <source>Label record</source>
            <translation>ラベル情報</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="140" />
            <source>Changes since the label</source>
            <translation>ラベル取得以降の変更</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="141" />
            <source>Reminders</source>
            <translation>リマインダー</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="142" />
            <source>Label page preview</source>
            <translation>ラベルページのプレビュー</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="143" />
            <source>Status history</source>
            <translation>状態の履歴</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="144" />
            <source>Re-test plan after a firmware change</source>
            <translation>ファームウェア変更後の再テスト計画</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/label/labellifecyclepage.cpp" line="145" />
            <source>Every declaration of this workspace: labels expiring within %n day(s), support periods ending, device tests run on older firmware.</source>
            <translation>
                <numerusform>このワークスペースのすべての宣言: %n 日以内に有効期限を迎えるラベル、終了が近いサポート期間、古いファームウェアで実施した実機テスト。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="148" />
            <source>Save as &amp;PDF…</source>
            <translation>PDF として保存(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="171" />
            <source>No declaration open</source>
            <translation>宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="174" />
            <source>Label of %1 (%2)</source>
            <translation>%1 のラベル（%2）</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="206" />
            <source>No label recorded yet.</source>
            <translation>ラベルはまだ記録されていません。</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="215" />
            <source>No label baseline yet: it is kept when the label is recorded.</source>
            <translation>ラベルの基準点はまだありません。ラベルを記録すると保存されます。</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="218" />
            <source>Compared with the declaration as it stood when the label was recorded (%1):</source>
            <translation>ラベル記録時（%1）の宣言との比較:</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="223" />
            <source>Nothing has changed since the label.</source>
            <translation>ラベル取得以降の変更はありません。</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="230" />
            <source>Every device test was run on the current firmware %1.</source>
            <translation>すべての実機テストは現在のファームウェア %1 で実施済みです。</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="245" />
            <source>Nothing due.</source>
            <translation>期限の近いものはありません。</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="264" />
            <source>Save the label page</source>
            <translation>ラベルページを保存</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="264" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelPage</name>
        <message>
            <location filename="../core/lifecycle/labelpage.cpp" line="159" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelRecordEditor</name>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="19" />
            <source>&amp;Application number:</source>
            <translation>申請番号(&amp;A):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="20" />
            <source>S&amp;ubmitted on:</source>
            <translation>申請日(&amp;U):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="21" />
            <source>&amp;Registration number:</source>
            <translation>登録番号(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="22" />
            <source>&amp;Issued on:</source>
            <translation>発行日(&amp;I):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="23" />
            <source>&amp;Valid until:</source>
            <translation>有効期限(&amp;V):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="24" />
            <source>Last e&amp;xtension:</source>
            <translation>最終延長日(&amp;X):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="25" />
            <source>Su&amp;ccessor product or label:</source>
            <translation>後継製品・ラベル(&amp;C):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="26" />
            <source>&amp;Product page (IPA):</source>
            <translation>製品ページ (IPA)(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="27" />
            <source>Recorded &amp;status:</source>
            <translation>記録した状態(&amp;S):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="101" />
            <source>16 digits, e.g. 2025030500001527</source>
            <translation>16 桁、例: 2025030500001527</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="104" />
            <source>YYYY-MM-DD (empty: two years after the issue)</source>
            <translation>YYYY-MM-DD（空欄: 発行日の 2 年後）</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="105" />
            <source>URL of the product's page on IPA's site, once published</source>
            <translation>IPA サイトの製品ページの URL（公開後）</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="106" />
            <source>&amp;Save label record</source>
            <translation>ラベル情報を保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="124" />
            <source>Status today: %1</source>
            <translation>本日の状態: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/label/labelrecordeditor.cpp" line="127" />
            <source>(%n day(s) left)</source>
            <translation>
                <numerusform>（残り %n 日）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelRules</name>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="73" />
            <source>The registration number must be exactly %1 digits (for example 2025030500001527); "%2" has %3 characters.</source>
            <translation>登録番号はちょうど %1 桁の数字です（例: 2025030500001527）。「%2」は %3 文字です。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="79" />
            <source>The label cannot be issued (%1) before the application was submitted (%2).</source>
            <translation>ラベルの発行日（%1）を申請日（%2）より前にはできません。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="82" />
            <source>An extension (%1) needs an issue date before it.</source>
            <translation>延長日（%1）には、それより前の発行日が必要です。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="85" />
            <source>A validity end needs the issue date.</source>
            <translation>有効期限を記録するには発行日が必要です。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="87" />
            <source>The validity end (%1) is before the issue date (%2).</source>
            <translation>有効期限（%1）が発行日（%2）より前です。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="89" />
            <source>The validity end (%1) is more than %2 years after %3 (at most %4).</source>
            <translation>有効期限（%1）が %3 から %2 年を超えています（最長 %4）。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="95" />
            <source>Expired is not recorded: it follows from the validity end. Set the validity end instead.</source>
            <translation>「失効（有効期限切れ）」は記録できません。有効期限から自動的に判断されます。有効期限を設定してください。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="97" />
            <source>A label status needs the registration number and the issue date.</source>
            <translation>ラベルの状態を記録するには登録番号と発行日が必要です。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::MainWindow</name>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="82" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="267" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="492" />
            <source>Hoshi</source>
            <translation>Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="267" />
            <source>A file is still being imported. Cancel the import?</source>
            <translation>ファイルの取り込みが実行中です。取り込みをキャンセルしますか？</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="458" />
            <source>%1 can not be declared not applicable.</source>
            <translation>%1 は対象外にできません。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="495" />
            <source>%1 (evidence archive, read-only) — Hoshi</source>
            <translation>%1（エビデンスアーカイブ、読み取り専用） — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="502" />
            <source>Demo workspace</source>
            <translation>デモ用ワークスペース</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="503" />
            <source>%1 (read-only) — Hoshi</source>
            <translation>%1（読み取り専用） — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="503" />
            <source>%1 — Hoshi</source>
            <translation>%1 — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="504" />
            <source>Demo (temporary copy, discarded on exit)</source>
            <translation>デモ（一時コピー。終了時に破棄されます）</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="519" />
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="378" />
            <source>New workspace</source>
            <translation>新しいワークスペース</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="552" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="555" />
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="387" />
            <source>Open workspace</source>
            <translation>ワークスペースを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="555" />
            <source>%1

Open it read-only now?</source>
            <translation>%1

読み取り専用で開きますか？</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="570" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="576" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="582" />
            <source>Open demo</source>
            <translation>デモを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="570" />
            <source>Cannot create a temporary folder: %1</source>
            <translation>一時フォルダを作成できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="250" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="251" />
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="252" />
            <source>&amp;Item</source>
            <translation>項目(&amp;I)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="253" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="254" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="255" />
            <source>Open &amp;recent</source>
            <translation>最近使ったワークスペース(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="256" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="259" />
            <source>&amp;New workspace…</source>
            <translation>新しいワークスペース(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="260" />
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="261" />
            <source>Open &amp;read-only…</source>
            <translation>読み取り専用で開く(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="262" />
            <source>Open &amp;demo</source>
            <translation>デモを開く(&amp;D)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="263" />
            <source>Open e&amp;vidence archive…</source>
            <translation>エビデンスアーカイブを開く(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="264" />
            <source>Auditor mode: verify a retained evidence archive and browse it read-only</source>
            <translation>監査モード: 保管用エビデンスアーカイブを検証し、読み取り専用で閲覧します</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="265" />
            <source>Close evidence arc&amp;hive</source>
            <translation>エビデンスアーカイブを閉じる(&amp;H)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="266" />
            <source>&amp;Export…</source>
            <translation>出力(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="267" />
            <source>Write the application package and the retained evidence archive</source>
            <translation>申請パッケージと保管用エビデンスアーカイブを書き出します</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="268" />
            <source>Import &amp;findings…</source>
            <translation>所見の取り込み(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="269" />
            <source>Turn a reviewer's findings on an evidence archive into review comments</source>
            <translation>エビデンスアーカイブに対するレビュー担当者の所見をレビューコメントとして取り込みます</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="270" />
            <source>&amp;Close workspace</source>
            <translation>ワークスペースを閉じる(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="271" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="45" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="45" />
            <source>&amp;Undo: %1</source>
            <translation>元に戻す: %1(&amp;U)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="46" />
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="46" />
            <source>&amp;Redo: %1</source>
            <translation>やり直す: %1(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="47" />
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="59" />
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="48" />
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="59" />
            <source>Redo</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="49" />
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation>元に戻す: %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="49" />
            <source>Nothing to undo</source>
            <translation>元に戻す操作はありません</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="50" />
            <source>Redo: %1 (Ctrl+Shift+Z)</source>
            <translation>やり直す: %1 (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="51" />
            <source>Nothing to redo</source>
            <translation>やり直す操作はありません</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="272" />
            <source>Your &amp;name…</source>
            <translation>あなたの名前(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="273" />
            <source>The name recorded in the history for your changes</source>
            <translation>あなたの変更について履歴に記録される名前</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="275" />
            <source>New &amp;organisation</source>
            <translation>新しい組織(&amp;O)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="276" />
            <source>New &amp;product</source>
            <translation>新しい製品(&amp;P)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="277" />
            <source>New &amp;declaration…</source>
            <translation>新しい適合宣言(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="278" />
            <source>&amp;Find item</source>
            <translation>項目を検索(&amp;F)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="279" />
            <source>&amp;Checklist</source>
            <translation>チェックリスト(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="280" />
            <source>&amp;Previous item</source>
            <translation>前の項目(&amp;P)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="281" />
            <source>&amp;Next item</source>
            <translation>次の項目(&amp;N)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="282" />
            <source>Set &amp;conforming</source>
            <translation>適合にする(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="283" />
            <source>Set not &amp;applicable</source>
            <translation>対象外にする(&amp;A)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="284" />
            <source>Set non-c&amp;onforming</source>
            <translation>不適合にする(&amp;O)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="285" />
            <source>Set not a&amp;ssessed</source>
            <translation>未評価に戻す(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="286" />
            <source>Add &amp;document review</source>
            <translation>文書評価を追加(&amp;D)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="287" />
            <source>Add device &amp;test</source>
            <translation>実機テストを追加(&amp;T)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="288" />
            <source>Next pro&amp;blem</source>
            <translation>次の問題(&amp;B)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="289" />
            <source>Previous prob&amp;lem</source>
            <translation>前の問題(&amp;L)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="290" />
            <source>P&amp;roduct details</source>
            <translation>製品情報(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="291" />
            <source>D&amp;eclaration details</source>
            <translation>適合宣言の詳細(&amp;E)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="292" />
            <source>&amp;System default</source>
            <translation>システムの設定に従う(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="296" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="297" />
            <source>&amp;About Hoshi</source>
            <translation>Hoshi について(&amp;A)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="298" />
            <source>&amp;Criteria library…</source>
            <translation>評価基準ライブラリ(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="299" />
            <source>Every criteria set with its version, status and sources; compare versions and carry declarations over</source>
            <translation>すべての評価基準の版・状態・出典。版の比較と宣言の引き継ぎ</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="300" />
            <source>Navigator</source>
            <translation>ナビゲーター</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="301" />
            <source>Blocking problems</source>
            <translation>申請を妨げる問題</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="303" />
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="326" />
            <source>Open or create a workspace first.</source>
            <translation>先にワークスペースを開くか作成してください。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="327" />
            <source>The workspace is open read-only.</source>
            <translation>ワークスペースは読み取り専用で開かれています。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="334" />
            <source>Needs an organisation first: Edit ▸ New organisation.</source>
            <translation>先に組織が必要です: 編集 ▸ 新しい組織。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="335" />
            <source>Needs a product first: Edit ▸ New product.</source>
            <translation>先に製品が必要です: 編集 ▸ 新しい製品。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="360" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="367" />
            <source>Clear the list</source>
            <translation>一覧を消去</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="372" />
            <source>No recent workspaces</source>
            <translation>最近使ったワークスペースはありません</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="378" />
            <source>Hoshi workspaces (*.hoshi)</source>
            <translation>Hoshi ワークスペース (*.hoshi)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="386" />
            <source>Open workspace read-only</source>
            <translation>ワークスペースを読み取り専用で開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="388" />
            <source>Hoshi workspaces (*.hoshi);;All files (*)</source>
            <translation>Hoshi ワークスペース (*.hoshi);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="437" />
            <source>New organisation</source>
            <translation>新しい組織</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="448" />
            <source>Add an organisation first.</source>
            <translation>先に組織を追加してください。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="451" />
            <source>New product</source>
            <translation>新しい製品</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="528" />
            <source>On the pages</source>
            <translation>各ページで</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="529" />
            <source>Back (item → checklist, evidence → item)</source>
            <translation>戻る（項目 → チェックリスト、エビデンス → 項目）</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="530" />
            <source>Attach files (evidence page)</source>
            <translation>ファイルを添付（エビデンスのページ）</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="531" />
            <source>Save the text box now</source>
            <translation>入力中のテキストをすぐに保存</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="532" />
            <source>Open the selected item or evidence</source>
            <translation>選択した項目またはエビデンスを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="533" />
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="539" />
            <source>About Hoshi</source>
            <translation>Hoshi について</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="540" />
            <source>&lt;b&gt;Hoshi %1&lt;/b&gt;&lt;br&gt;A workbench for JC-STAR IoT security self-declarations.&lt;br&gt;Criteria texts are summaries; IPA's official Japanese documents are authoritative.</source>
            <translation>&lt;b&gt;Hoshi %1&lt;/b&gt;&lt;br&gt;JC-STAR（IoT製品のセキュリティラベリング制度）の自己適合宣言のための作業ツールです。&lt;br&gt;適合基準の文面は要約です。正式な内容はIPAの日本語原文に従ってください。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_archive.cpp" line="45" />
            <source>Open evidence archive</source>
            <translation>エビデンスアーカイブを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_archive.cpp" line="45" />
            <source>Evidence archives (*.zip);;All files (*)</source>
            <translation>エビデンスアーカイブ (*.zip);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="70" />
            <source>&amp;Rename…</source>
            <translation>名前を変更(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="73" />
            <source>Re&amp;move…</source>
            <translation>削除(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="102" />
            <source>New name of the organisation:</source>
            <translation>組織の新しい名前:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="103" />
            <source>New name of the product:</source>
            <translation>製品の新しい名前:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="104" />
            <source>Name of the declaration (empty: named after its criteria set):</source>
            <translation>適合宣言の名前（空欄の場合は評価基準の名前で表示）:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="106" />
            <source>Rename</source>
            <translation>名前の変更</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="119" />
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="137" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="120" />
            <source>"%1" can not be removed while other records depend on it: %2. Remove those first.</source>
            <translation>「%1」は、ほかのレコードが依存しているため削除できません: %2。先にそれらを削除してください。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="125" />
            <source>Remove "%1"? This cannot be undone; the history keeps a record of it.</source>
            <translation>「%1」を削除しますか？ 元に戻すことはできません（履歴には記録が残ります）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="133" />
            <source>Remove this declaration with its %n assessed item(s) and the evidence that backs nothing else (%1 evidence record(s) linked)? This cannot be undone; the history keeps a record of it.</source>
            <translation>
                <numerusform>この適合宣言を、評価済みの %n 項目と、ほかの項目の根拠になっていないエビデンス（リンクされたエビデンス %1 件）とともに削除しますか？ 元に戻すことはできません（履歴には記録が残ります）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="148" />
            <source>Your name</source>
            <translation>あなたの名前</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="149" />
            <source>Your name, as the history records it for every change you make (and reviews and sign-offs show it):</source>
            <translation>あなたの名前（すべての変更の履歴に記録され、レビューや承認にも表示されます）:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_criteria.cpp" line="23" />
            <source>Criteria library</source>
            <translation>評価基準ライブラリ</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_portfolio.cpp" line="36" />
            <source>&amp;Portfolio</source>
            <translation>ポートフォリオ(&amp;P)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="54" />
            <source>Open &amp;server workspace…</source>
            <translation>サーバーのワークスペースを開く(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="75" />
            <source>The server asks for the password of %1.</source>
            <translation>サーバーが %1 のパスワードを求めています。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="76" />
            <source>The password was not accepted. The password of %1:</source>
            <translation>パスワードが受け付けられませんでした。%1 のパスワード:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="78" />
            <source>Sign in</source>
            <translation>サインイン</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="86" />
            <source>Open server workspace</source>
            <translation>サーバーのワークスペースを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="101" />
            <source>%1 on the server, %2 (read-only) — Hoshi</source>
            <translation>%1（サーバー、%2、読み取り専用）— Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="102" />
            <source>%1 on the server, %2 — Hoshi</source>
            <translation>%1（サーバー、%2）— Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="103" />
            <source>Server %1 · signed in as %2</source>
            <translation>サーバー %1 · %2 としてサインイン中</translation>
        </message>
    </context>
    <context>
        <name>hoshi::MessageBox</name>
        <message>
            <location filename="../forms/common/messagebox.cpp" line="80" />
            <source>Passphrase:</source>
            <translation>パスフレーズ:</translation>
        </message>
        <message>
            <location filename="../forms/common/messagebox.cpp" line="82" />
            <source>Again:</source>
            <translation>確認のため再入力:</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Model</name>
        <message>
            <location filename="../core/domain/model.cpp" line="67" />
            <source>Not assessed</source>
            <translation>未評価</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="69" />
            <source>Conforming</source>
            <translation>適合</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="71" />
            <source>Not applicable</source>
            <translation>対象外</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="73" />
            <source>Non-conforming</source>
            <translation>不適合</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="80" />
            <source>UK PSTI mutual recognition</source>
            <translation>英国PSTI相互承認</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="80" />
            <source>Standard</source>
            <translation>通常</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="87" />
            <source>No label yet</source>
            <translation>ラベル未取得</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="89" />
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="91" />
            <source>Extension in progress</source>
            <translation>失効猶予</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="93" />
            <source>Expired</source>
            <translation>失効・有効期限切れ</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="95" />
            <source>Withdrawn</source>
            <translation>失効・自主取下げ</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="97" />
            <source>Revoked</source>
            <translation>取消し</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="104" />
            <source>Device test</source>
            <translation>実機テスト</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="104" />
            <source>Document review</source>
            <translation>文書評価</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="115" />
            <source>p. %1</source>
            <translation>p. %1</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="117" />
            <source>§%1</source>
            <translation>§%1</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="125" />
            <source>firmware %1</source>
            <translation>ファームウェア %1</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="45" />
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="47" />
            <source>In review</source>
            <translation>レビュー中</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="49" />
            <source>Changes requested</source>
            <translation>修正依頼</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="51" />
            <source>Approved</source>
            <translation>承認済み</translation>
        </message>
    </context>
    <context>
        <name>hoshi::NavigatorModel</name>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="58" />
            <source>Declaration %1</source>
            <translation>適合宣言 %1</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="69" />
            <source> · PSTI</source>
            <translation> · PSTI</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="71" />
            <source>★%1 %2%3</source>
            <translation>★%1 %2%3</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="72" />
            <source>%1 (★%2%3)</source>
            <translation>%1（★%2%3）</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="74" />
            <source>%1 · OK %2/%3</source>
            <translation>%1 · OK %2/%3</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="75" />
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
            <location filename="../forms/navigator/navigatormodel.cpp" line="166" />
            <source>Workspace</source>
            <translation>ワークスペース</translation>
        </message>
    </context>
    <context>
        <name>hoshi::NewDeclarationDialog</name>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="20" />
            <source>New declaration</source>
            <translation>新しい適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="31" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="38" />
            <source>&amp;Product:</source>
            <translation>製品(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="39" />
            <source>&amp;Criteria:</source>
            <translation>適合基準(&amp;C):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="40" />
            <source>&amp;Route:</source>
            <translation>申請ルート(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="43" />
            <source>Create</source>
            <translation>作成</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="70" />
            <source>%1 · level ★%2 · %n item(s) · %3</source>
            <translation>
                <numerusform>%1 · レベル ★%2 · %n 項目 · %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="73" />
            <source>self-declaration</source>
            <translation>自己適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="74" />
            <source>third-party evaluation</source>
            <translation>第三者評価</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="76" />
            <source>Status: %1 — the item texts may still change.</source>
            <translation>状態: %1 — 項目の文面は今後変わる可能性があります。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::OpenServerDialog</name>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="19" />
            <source>Open server workspace</source>
            <translation>サーバーのワークスペースを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="31" />
            <source>The address of a Hoshi workspace on a PostgreSQL server. Everyone who opens it works on the same declarations at the same time; the server decides who you are. A password is asked for when the server needs one and is never saved.</source>
            <translation>PostgreSQL サーバー上の Hoshi ワークスペースのアドレスです。開いた全員が同じ適合宣言を同時に編集します。利用者はサーバーが識別します。パスワードはサーバーが求めたときだけ尋ね、保存しません。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="36" />
            <source>&amp;Address:</source>
            <translation>アドレス(&amp;A):</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="38" />
            <source>&amp;Recent servers:</source>
            <translation>最近使ったサーバー(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="84" />
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
            <location filename="../forms/product/organisationeditor.cpp" line="50" />
            <source>The organisation needs its registered name.</source>
            <translation>組織には法人名が必要です。</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.cpp" line="98" />
            <source>No organisation selected</source>
            <translation>組織が選択されていません</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PdfRenderClient</name>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="87" />
            <source>it did not answer in time</source>
            <translation>時間内に応答がありませんでした</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="90" />
            <source>it exceeded its time or memory limit</source>
            <translation>処理時間またはメモリの上限を超えました</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="91" />
            <source>it crashed on this file</source>
            <translation>このファイルの処理中に異常終了しました</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="93" />
            <source>it stopped unexpectedly</source>
            <translation>予期せず終了しました</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="96" />
            <source>the separate PDF renderer stopped (%1); the file itself is kept unchanged.</source>
            <translation>別プロセスの PDF 表示処理が停止しました（%1）。ファイル自体は変更されずに保存されています。</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="154" />
            <source>the separate PDF renderer is not running.</source>
            <translation>別プロセスの PDF 表示処理が動作していません。</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="177" />
            <source>the PDF renderer %1 can not be started (%2).</source>
            <translation>PDF 表示処理 %1 を起動できません（%2）。</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="200" />
            <source>its encryption is not supported.</source>
            <translation>この暗号化方式には対応していません。</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="201" />
            <source>it is not a valid PDF file (damaged or of another type).</source>
            <translation>有効な PDF ファイルではありません（破損しているか、別の形式のファイルです）。</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="213" />
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="221" />
            <source>page %1 could not be drawn.</source>
            <translation>%1 ページを描画できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PointRules</name>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="19" />
            <source> and </source>
            <translation>と</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="33" />
            <source>document review</source>
            <translation>文書評価</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="35" />
            <source>device test</source>
            <translation>実機テスト</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="37" />
            <source>SBOM</source>
            <translation>SBOM</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="39" />
            <source>penetration test</source>
            <translation>ペネトレーションテスト</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="81" />
            <source>%1: evaluation point %2 ("%3") has no %4 evidence linked.</source>
            <translation>%1: 評価項目 %2（「%3」）に%4のエビデンスが紐付けられていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="93" />
            <source>%1: state which of the alternative evaluation points the product relies on.</source>
            <translation>%1: 製品がどの選択肢の評価項目で要件を満たすかを指定してください。</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="103" />
            <source>%1: none of the alternatives relied on (%2) has evidence of its method linked.</source>
            <translation>%1: 採用した選択肢（%2）のいずれにも、その評価方法のエビデンスが紐付けられていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="107" />
            <source>%1: the alternative %2 is marked as relied on but has no evidence linked.</source>
            <translation>%1: 選択肢 %2 を採用としていますが、エビデンスが紐付けられていません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Portfolio</name>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="177" />
            <source>Label or support ended</source>
            <translation>ラベルまたはサポートが終了</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/portfolio/portfolio.cpp" line="179" />
            <source>Ends within %n day(s)</source>
            <translation>
                <numerusform>%n日以内に終了</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="181" />
            <source>Review needs action</source>
            <translation>レビュー対応が必要</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="183" />
            <source>Blocking problems</source>
            <translation>提出を妨げる問題あり</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="185" />
            <source>Device tests on other firmware</source>
            <translation>別ファームウェアでの機器試験</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="187" />
            <source>In order</source>
            <translation>問題なし</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PortfolioPage</name>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="104" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="169" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="198" />
            <source>Portfolio</source>
            <translation>ポートフォリオ</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="117" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="203" />
            <source>All organisations</source>
            <translation>すべての組織</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/portfolio/portfoliopage.cpp" line="134" />
            <source>%n declaration(s), %1 shown; %2 need attention now, %3 not yet submittable.</source>
            <translation>
                <numerusform>申請 %n 件（表示 %1 件）：今すぐ対応が必要 %2 件、まだ提出できない %3 件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="175" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="177" />
            <source>Export the portfolio</source>
            <translation>ポートフォリオを書き出す</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="176" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel ブック (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="178" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="199" />
            <source>Find organisation, product, model, criteria or registration number</source>
            <translation>組織・製品・型番・評価基準・登録番号で検索</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="200" />
            <source>Export CSV…</source>
            <translation>CSV に書き出す…</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="201" />
            <source>Export XLSX…</source>
            <translation>XLSX に書き出す…</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="202" />
            <source>Refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="207" />
            <source>All review states</source>
            <translation>すべてのレビュー状態</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PortfolioTable</name>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="32" />
            <source>%1 (stale)</source>
            <translation>%1（承認後に変更あり）</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="58" />
            <source>Organisation</source>
            <translation>組織</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="59" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="60" />
            <source>Model numbers</source>
            <translation>型番</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="61" />
            <source>Criteria</source>
            <translation>評価基準</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="62" />
            <source>Route</source>
            <translation>申請ルート</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="63" />
            <source>Assessed</source>
            <translation>評価済み</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="64" />
            <source>Blocking</source>
            <translation>提出を妨げる問題</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="65" />
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="66" />
            <source>Review</source>
            <translation>レビュー</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="67" />
            <source>Open comments</source>
            <translation>未解決コメント</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="68" />
            <source>Label</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="69" />
            <source>Label valid until</source>
            <translation>ラベル有効期限</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="70" />
            <source>Days to label end</source>
            <translation>ラベル終了までの日数</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="71" />
            <source>Support until</source>
            <translation>サポート終了日</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="72" />
            <source>Days to support end</source>
            <translation>サポート終了までの日数</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="73" />
            <source>Stale device tests</source>
            <translation>再試験が必要な機器試験</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="74" />
            <source>Last change</source>
            <translation>最終変更</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="75" />
            <source>Urgency</source>
            <translation>緊急度</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="156" />
            <location filename="../core/portfolio/portfoliotable.cpp" line="203" />
            <source>Cannot write %1: %2</source>
            <translation>%1 を書き込めません：%2</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="172" />
            <source>Cannot create %1.</source>
            <translation>%1 を作成できません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ProblemsPanel</name>
        <message>
            <location filename="../forms/problems/problemspanel.cpp" line="47" />
            <source>Open a declaration to see what blocks its submission.</source>
            <translation>適合宣言を開くと、申請を妨げている問題が表示されます。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/problems/problemspanel.cpp" line="53" />
            <source>%n problem(s) block submission.</source>
            <translation>
                <numerusform>申請を妨げる問題が %n 件あります。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/problems/problemspanel.cpp" line="54" />
            <source>Nothing blocks submission.</source>
            <translation>申請を妨げる問題はありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/problems/problemspanel.cpp" line="56" />
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
            <location filename="../forms/product/producteditor.ui" line="60" />
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
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="51" />
            <source>Contacts</source>
            <translation>問い合わせ先</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="53" />
            <source>Product &amp;inquiries:</source>
            <translation>製品の問い合わせ先(&amp;I):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="54" />
            <source>Contact point for questions about the product</source>
            <translation>製品に関する問い合わせ窓口</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="56" />
            <source>Vulnerability &amp;reports:</source>
            <translation>脆弱性の報告先(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="57" />
            <source>Where to report vulnerabilities and defects</source>
            <translation>脆弱性・不具合の報告受付窓口</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="59" />
            <source>Disclosure &amp;policy URL:</source>
            <translation>脆弱性開示ポリシーのURL(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="62" />
            <source>Certifications and other information</source>
            <translation>認証とその他の情報</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="64" />
            <source>&amp;Technical conformity no.:</source>
            <translation>技適の番号(&amp;T):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="65" />
            <source>Certification number (技適), if any</source>
            <translation>技術基準適合証明の番号（ある場合）</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="67" />
            <source>Other &amp;certifications:</source>
            <translation>その他の認証番号(&amp;C):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="70" />
            <source>Other security &amp;information:</source>
            <translation>その他のセキュリティ情報(&amp;I):</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="146" />
            <source>No product selected</source>
            <translation>製品が選択されていません</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="157" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PstiStatementFile</name>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="45" />
            <source>Replace statement file…</source>
            <translation>適合宣言書ファイルを差し替える…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="45" />
            <source>Attach statement file…</source>
            <translation>適合宣言書ファイルを添付…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="48" />
            <source>Statement file kept in the workspace: %1</source>
            <translation>ワークスペースに保管している適合宣言書: %1</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="49" />
            <source>No statement file attached (a URL above is enough).</source>
            <translation>適合宣言書のファイルは添付されていません（上の URL だけでも足ります）。</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="54" />
            <source>PSTI statement of compliance</source>
            <translation>PSTI 適合宣言書</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Reminders</name>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="28" />
            <source>%1: the label %2 expired on %3.</source>
            <translation>%1: ラベル %2 は %3 に有効期限が切れました。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="30" />
            <source>%1: the label %2 is valid until %3 (%n day(s) left); apply for an extension.</source>
            <translation>
                <numerusform>%1: ラベル %2 の有効期限は %3 です（残り %n 日）。延長を申請してください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="44" />
            <source>%1: the support period ended on %2.</source>
            <translation>%1: サポート期間は %2 に終了しました。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="45" />
            <source>%1: the support period ends on %2 (%n day(s) left).</source>
            <translation>
                <numerusform>%1: サポート期間は %2 に終了します（残り %n 日）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="106" />
            <source>%1: %n device test(s) were run on older firmware than %2 (%3); run them again.</source>
            <translation>
                <numerusform>%1: %n 件の実機テストが %2 より古いファームウェアで実施されています（%3）。再実施してください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="196" />
            <source>JC-STAR label %1 of %2 (%3), valid until %4.</source>
            <translation>%2 の JC-STAR ラベル %1（%3）、有効期限 %4。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="201" />
            <source>%1: label expires in %2 days</source>
            <translation>%1: ラベルの有効期限まであと %2 日</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="202" />
            <source>Apply to IPA for an extension in time.</source>
            <translation>期限までに IPA へ延長を申請してください。</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="205" />
            <source>%1: label validity ends</source>
            <translation>%1: ラベルの有効期限</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="211" />
            <source>%1: support period ends</source>
            <translation>%1: サポート期間の終了</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="212" />
            <source>The support period of %1 (%2) ends on %3; security updates are promised until then.</source>
            <translation>%1（%2）のサポート期間は %3 に終了します。それまではセキュリティアップデートの提供が約束されています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::RetestPlan</name>
        <message>
            <location filename="../core/lifecycle/retestplan.cpp" line="42" />
            <source>%1 %2: tested on firmware %3%4; run the device test again on %5</source>
            <translation>%1 %2: ファームウェア %3 で試験済み%4。%5 で実機テストを再実施してください</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewDock</name>
        <message>
            <location filename="../forms/review/reviewdock.cpp" line="43" />
            <source>Review and sign-off</source>
            <translation>レビューと承認</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewdock.cpp" line="44" />
            <source>Sign-off and remarks</source>
            <translation>承認と全体コメント</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewdock.cpp" line="45" />
            <source>Changes since</source>
            <translation>変更点</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewPanel</name>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="146" />
            <source>No declaration open</source>
            <translation>宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="154" />
            <source>Review state: %1</source>
            <translation>レビュー状態: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/reviewpanel.cpp" line="158" />
            <source>%n open comment(s) of %1</source>
            <translation>
                <numerusform>未解決のコメント %n 件（全 %1 件）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="159" />
            <source>No open comments (%1 in all)</source>
            <translation>未解決のコメントはありません（全 %1 件）</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="163" />
            <source>Fingerprint %1</source>
            <translation>フィンガープリント %1</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="176" />
            <source>Approved by %1 on %2 · fingerprint %3</source>
            <translation>承認: %1（%2）· フィンガープリント %3</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="178" />
            <source>Not approved yet.</source>
            <translation>まだ承認されていません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/reviewpanel.cpp" line="184" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… ほか %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="185" />
            <source>⚠ Stale: the declaration changed since it was approved.</source>
            <translation>⚠ 承認が古くなっています: 承認後に宣言が変更されました。</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="226" />
            <source>Request review</source>
            <translation>レビューを依頼</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="227" />
            <source>Approve</source>
            <translation>承認</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="228" />
            <source>Approve the declaration as it is now; its content fingerprint is recorded. Whoever changed it since the last approval cannot approve it.</source>
            <translation>現在の内容で宣言を承認します。内容のフィンガープリントが記録されます。前回の承認以降に宣言を変更した人は承認できません。</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="230" />
            <source>Request changes</source>
            <translation>修正を依頼</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="231" />
            <source>Reason (required to request changes)</source>
            <translation>理由（修正依頼には必須）</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="232" />
            <source>Sign-offs</source>
            <translation>承認の記録</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="233" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="233" />
            <source>Who</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="233" />
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="233" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewRules</name>
        <message numerus="yes">
            <location filename="../core/gate/reviewrules.cpp" line="24" />
            <source>and %n more change(s)</source>
            <translation>
                <numerusform>ほか %n 件の変更</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="26" />
            <source>the declaration's content differs from what was approved</source>
            <translation>申請内容が承認時の内容と異なります</translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="39" />
            <source>The approval by %1 on %2 is out of date; changed since: %3.</source>
            <translation>%1 による %2 の承認は最新ではありません。承認後の変更：%3。</translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="42" />
            <source>The approval by %1 on %2 is out of date: %3 changed since (%4).</source>
            <translation>%1 による %2 の承認は最新ではありません。承認後に %3 が変更されました（%4）。</translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="48" />
            <source>This workspace requires an approval before export, and the declaration is %1.</source>
            <translation>このワークスペースでは書き出しの前に承認が必要ですが、この申請は「%1」です。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/gate/reviewrules.cpp" line="53" />
            <source>%n review comment(s) are still open.</source>
            <translation>
                <numerusform>未解決のレビューコメントが %n 件あります。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::SafeZipReader</name>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="113" />
            <source>The archive has not been opened.</source>
            <translation>アーカイブが開かれていません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="117" />
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="262" />
            <source>Can not open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="120" />
            <source>%1 changed while it was being read.</source>
            <translation>%1 は読み込み中に変更されました。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="132" />
            <source>%1 can not be read as a ZIP archive: %2</source>
            <translation>%1 をZIPアーカイブとして読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="152" />
            <source>%1 is damaged: only %2 of its %3 entries could be read.</source>
            <translation>%1 は破損しています: %3 件のエントリのうち %2 件しか読み込めませんでした。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="158" />
            <source>%1 is damaged: %2</source>
            <translation>%1 は破損しています: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="160" />
            <source>unreadable entry header</source>
            <translation>エントリのヘッダーを読み込めません</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="164" />
            <source>%1: an entry name can not be decoded.</source>
            <translation>%1: エントリ名を解読できません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="173" />
            <source>%1: the entry "%2" is named differently in its local header and in the central directory.</source>
            <translation>%1: エントリ「%2」は、ローカルヘッダーとセントラルディレクトリで名前が異なります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="176" />
            <source>%1: the entry "%2" was met twice.</source>
            <translation>%1: エントリ「%2」が2回出現しました。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="180" />
            <source>%1: the entry "%2" is not a regular file.</source>
            <translation>%1: エントリ「%2」は通常のファイルではありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="210" />
            <source>%1: the entry "%2" holds %3 bytes, but its header says %4.</source>
            <translation>%1: エントリ「%2」の内容は %3 バイトですが、ヘッダーでは %4 バイトとなっています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="218" />
            <source>%1: the entry "%2" is damaged: %3</source>
            <translation>%1: エントリ「%2」は破損しています: %3</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="222" />
            <source>unreadable data</source>
            <translation>読み込めないデータ</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="225" />
            <source>%1: the entry "%2" has a hole in its data.</source>
            <translation>%1: エントリ「%2」のデータに欠落があります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="229" />
            <source>%1: the entry "%2" holds more data than its header says (%3 bytes).</source>
            <translation>%1: エントリ「%2」にはヘッダーの記載（%3 バイト）より多くのデータがあります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="232" />
            <source>%1 unpacks to more than %2 bytes, the limit.</source>
            <translation>%1 は展開すると上限の %2 バイトを超えます。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="235" />
            <source>%1: the entry "%2" unpacks to more than %3 times its compressed size (a zip bomb?).</source>
            <translation>%1: エントリ「%2」は展開すると圧縮時の %3 倍を超えます（ZIP爆弾の可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="266" />
            <location filename="../core/archive/safezipreader.cpp" line="284" />
            <location filename="../core/archive/safezipreader.cpp" line="312" />
            <location filename="../core/archive/safezipreader.cpp" line="348" />
            <source>%1 holds no file "%2".</source>
            <translation>%1 にはファイル「%2」がありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="271" />
            <source>%1: "%2" is larger than %3 bytes.</source>
            <translation>%1: 「%2」は %3 バイトより大きいです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="315" />
            <location filename="../core/archive/safezipreader.cpp" line="330" />
            <source>%1 is not a folder.</source>
            <translation>%1 はフォルダではありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="326" />
            <source>%1 is a symbolic link; nothing is extracted through it.</source>
            <translation>%1 はシンボリックリンクです。これを経由した展開は行いません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="328" />
            <source>Can not create the folder %1.</source>
            <translation>フォルダ %1 を作成できません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="337" />
            <source>The entry "%1" would leave the folder.</source>
            <translation>エントリ「%1」はフォルダの外に出てしまいます。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="355" />
            <source>Can not create %1: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="366" />
            <location filename="../core/archive/safezipreader.cpp" line="373" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="265" />
            <source>%1 is not a ZIP archive (or it is truncated).</source>
            <translation>%1 はZIPアーカイブではありません（または途中で切れています）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="109" />
            <source>Can not read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="119" />
            <source>%1 is not a complete ZIP archive: its end record is missing (the file may be truncated).</source>
            <translation>%1 は完全なZIPアーカイブではありません: 終端レコードがありません（ファイルが途中で切れている可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="92" />
            <source>%1 is damaged: its ZIP64 end record is missing.</source>
            <translation>%1 は破損しています: ZIP64の終端レコードがありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="135" />
            <source>%1 is a multi-part archive, which is not supported.</source>
            <translation>%1 は分割アーカイブです。分割アーカイブには対応していません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="137" />
            <source>%1 has %2 entries, more than the limit of %3.</source>
            <translation>%1 には %2 件のエントリがあり、上限の %3 件を超えています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="139" />
            <source>%1 has a central directory of %2 bytes, more than the limit of %3.</source>
            <translation>%1 のセントラルディレクトリは %2 バイトで、上限の %3 バイトを超えています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="142" />
            <source>%1 is damaged: its central directory lies outside the file (truncated?).</source>
            <translation>%1 は破損しています: セントラルディレクトリがファイルの外を指しています（途中で切れている可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="271" />
            <source>Can not read the central directory of %1.</source>
            <translation>%1 のセントラルディレクトリを読み込めません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="222" />
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="232" />
            <source>%1 is damaged: central directory entry %2 is broken.</source>
            <translation>%1 は破損しています: セントラルディレクトリのエントリ %2 が壊れています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="179" />
            <source>%1: the entry name "%2" is not marked as UTF-8.</source>
            <translation>%1: エントリ名「%2」にUTF-8の指定がありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="183" />
            <source>%1: an entry name is not valid UTF-8.</source>
            <translation>%1: エントリ名が正しいUTF-8ではありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="185" />
            <source>%1: the entry "%2" is encrypted, which is not supported.</source>
            <translation>%1: エントリ「%2」は暗号化されています。暗号化には対応していません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="187" />
            <source>%1: the entry "%2" uses compression method %3; only store and deflate are accepted.</source>
            <translation>%1: エントリ「%2」は圧縮方式 %3 を使っています。受け付けるのは無圧縮（store）とdeflateだけです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="200" />
            <source>%1: the entry "%2" is a symbolic link; only regular files are accepted.</source>
            <translation>%1: エントリ「%2」はシンボリックリンクです。受け付けるのは通常のファイルだけです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="203" />
            <source>%1: the entry "%2" is a device or other special file; only regular files are accepted.</source>
            <translation>%1: エントリ「%2」はデバイスなどの特殊ファイルです。受け付けるのは通常のファイルだけです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="207" />
            <source>%1: the entry "%2" is marked as a file but named like a folder.</source>
            <translation>%1: エントリ「%2」はファイルとされていますが、フォルダのような名前です。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="249" />
            <source>%1: the entry "%2" has impossible sizes or offsets.</source>
            <translation>%1: エントリ「%2」のサイズまたは位置があり得ない値です。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="311" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="318" />
            <source>%1: the entry "%2" appears more than once.</source>
            <translation>%1: エントリ「%2」が複数回出現します。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="319" />
            <source>%1: the entries "%2" and "%3" differ only in letter case or Unicode normalisation.</source>
            <translation>%1: エントリ「%2」と「%3」は大文字・小文字またはUnicodeの正規化だけが異なります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="328" />
            <source>%1: the folder entry "%2" has content.</source>
            <translation>%1: フォルダのエントリ「%2」に内容があります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="330" />
            <source>%1: the stored entry "%2" has inconsistent sizes.</source>
            <translation>%1: 無圧縮のエントリ「%2」のサイズが一致しません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="332" />
            <source>%1: the entry "%2" would unpack to %3 bytes, more than the limit of %4.</source>
            <translation>%1: エントリ「%2」は展開すると %3 バイトになり、上限の %4 バイトを超えます。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="336" />
            <source>%1: the entry "%2" would unpack to %3 bytes from %4 (compression ratio above %5: a zip bomb?).</source>
            <translation>%1: エントリ「%2」は %4 バイトから %3 バイトに展開されます（圧縮率が %5 を超えています。ZIP爆弾の可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="340" />
            <source>%1 would unpack to more than %2 bytes, the limit.</source>
            <translation>%1 は展開すると上限の %2 バイトを超えます。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="346" />
            <source>%1: the entry "%2" overlaps the next one (a zip bomb or a damaged archive).</source>
            <translation>%1: エントリ「%2」が次のエントリと重なっています（ZIP爆弾か、破損したアーカイブです）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="362" />
            <source>%1: "%2" is both a file and a folder.</source>
            <translation>%1: 「%2」はファイルとフォルダの両方として存在します。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="367" />
            <source>%1: the folders "%2" and "%3" differ only in letter case or Unicode normalisation.</source>
            <translation>%1: フォルダ「%2」と「%3」は大文字・小文字またはUnicodeの正規化だけが異なります。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ServerAccess</name>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="98" />
            <source>%1 is a workspace file; users and roles apply to a workspace on a PostgreSQL server (postgresql://...).</source>
            <translation>%1 はワークスペースファイルです。ユーザーとロールは PostgreSQL サーバー上のワークスペース（postgresql://...）に適用されます。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="112" />
            <source>Cannot connect to %1: %2</source>
            <translation>%1 に接続できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="117" />
            <source>%1 cannot be used: %2</source>
            <translation>%1 は使用できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="127" />
            <location filename="../core/storage/serveraccess.cpp" line="137" />
            <location filename="../core/storage/serveraccess.cpp" line="160" />
            <location filename="../core/storage/serveraccess.cpp" line="186" />
            <location filename="../core/storage/serveraccess.cpp" line="269" />
            <location filename="../core/storage/serveraccess.cpp" line="326" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み取れません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="141" />
            <source>Users and roles are not set up in %1 yet; run "hoshi-cli server init" first.</source>
            <translation>%1 ではユーザーとロールがまだ設定されていません。先に "hoshi-cli server init" を実行してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="153" />
            <source>The database %1 holds no Hoshi workspace yet.</source>
            <translation>データベース %1 にはまだ Hoshi のワークスペースがありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="164" />
            <source>Only the owner of the workspace or a superuser can set up users and roles; %1 is neither.</source>
            <translation>ユーザーとロールを設定できるのはワークスペースの所有者またはスーパーユーザーだけです。%1 はそのどちらでもありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="171" />
            <location filename="../core/storage/serveraccess.cpp" line="288" />
            <location filename="../core/storage/serveraccess.cpp" line="310" />
            <source>Cannot save: %1</source>
            <translation>保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="181" />
            <location filename="../core/storage/serveraccess.cpp" line="217" />
            <source>Cannot set up users and roles in %1: %2</source>
            <translation>%1 にユーザーとロールを設定できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="202" />
            <source>The table(s) %1 in %2 have no access rule; this version of Hoshi cannot protect them, so nothing was changed.</source>
            <translation>%2 のテーブル %1 にはアクセス規則がありません。このバージョンの Hoshi では保護できないため、何も変更していません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="259" />
            <source>Name a user (a PostgreSQL role that can log in), not "%1".</source>
            <translation>"%1" ではなく、ユーザー（ログインできる PostgreSQL ロール）を指定してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="267" />
            <source>There is no user "%1" on the server. Create it first, for example with: createuser %1</source>
            <translation>サーバーにユーザー "%1" がありません。先に作成してください（例: createuser %1）。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="274" />
            <source>There is no organisation with the id %1.</source>
            <translation>ID %1 の組織はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="282" />
            <source>Cannot grant %1 access to organisation %2: %3</source>
            <translation>%1 に組織 %2 へのアクセスを付与できません: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="302" />
            <source>Cannot revoke the access of %1: %2</source>
            <translation>%1 のアクセスを取り消せません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="306" />
            <source>%1 has no access to organisation %2.</source>
            <translation>%1 は組織 %2 へのアクセス権を持っていません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Session</name>
        <message>
            <location filename="../forms/session/session.cpp" line="181" />
            <source>No workspace is open.</source>
            <translation>ワークスペースが開かれていません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="185" />
            <source>This workspace is open read-only; nothing can be changed.</source>
            <translation>このワークスペースは読み取り専用で開かれているため、変更できません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="244" />
            <source>This evidence no longer exists.</source>
            <translation>このエビデンスはもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="247" />
            <source>Edit evidence "%1"</source>
            <translation>エビデンス「%1」を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="256" />
            <source>This product no longer exists.</source>
            <translation>この製品はもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="259" />
            <source>Edit product "%1"</source>
            <translation>製品「%1」を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="268" />
            <source>This organisation no longer exists.</source>
            <translation>この組織はもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="271" />
            <source>Edit organisation "%1"</source>
            <translation>組織「%1」を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="292" />
            <source>This declaration no longer exists.</source>
            <translation>この適合宣言はもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="295" />
            <source>Edit declaration details</source>
            <translation>適合宣言の詳細を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session_live.cpp" line="67" />
            <source>The declaration you had open was removed by someone else.</source>
            <translation>開いていた適合宣言は他の人によって削除されました。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SignatureCheck</name>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="64" />
            <source>The signature file is not a CMS signature: %1</source>
            <translation>署名ファイルはCMS署名ではありません: %1</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="87" />
            <source>The signature does not match the signed file (%1).</source>
            <translation>署名が署名対象のファイルと一致しません（%1）。</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="88" />
            <source>The signature names no signer certificate (%1).</source>
            <translation>署名に署名者の証明書が含まれていません（%1）。</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="108" />
            <source>The certificate was not valid at the signing time.</source>
            <translation>署名の時点で証明書が有効ではありませんでした。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::StartStrip</name>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="81" />
            <source>Getting started</source>
            <translation>はじめに</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="82" />
            <source>A declaration belongs to a product, and a product to an organisation (the manufacturer): create them in this order. Each is saved at once; rename or remove them with the navigator's context menu.</source>
            <translation>適合宣言は製品に、製品は組織（製造者）に属します。この順に作成してください。どれも作成と同時に保存されます。名前の変更や削除はナビゲーターの右クリックメニューから行えます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="85" />
            <source>1 Organisation</source>
            <translation>1 組織</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="86" />
            <source>Add organisation</source>
            <translation>組織を追加</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="87" />
            <source>2 Product</source>
            <translation>2 製品</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="88" />
            <source>Add product</source>
            <translation>製品を追加</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="89" />
            <source>3 Declaration</source>
            <translation>3 適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="90" />
            <source>Create declaration…</source>
            <translation>適合宣言を作成…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="98" />
            <source>Needs an organisation first (step 1).</source>
            <translation>先に組織が必要です（手順 1）。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="99" />
            <source>Needs a product first (step 2).</source>
            <translation>先に製品が必要です（手順 2）。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="100" />
            <source>The manufacturer: name, corporate number, contact.</source>
            <translation>製造者の名称、法人番号、連絡先。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="101" />
            <source>Model numbers, firmware, support period, contacts.</source>
            <translation>型番、ファームウェア、サポート期間、窓口。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="102" />
            <source>Criteria set and route; then every item's verdict and evidence.</source>
            <translation>評価基準と申請ルート。その後、各項目の判定とエビデンス。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="107" />
            <source>✓ Done (%1)</source>
            <translation>✓ 完了（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/mainwindow/startstrip.cpp" line="107" />
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>組織 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/mainwindow/startstrip.cpp" line="108" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>製品 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="115" />
            <source>The workspace is open read-only.</source>
            <translation>ワークスペースは読み取り専用で開かれています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SubmissionGate</name>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="67" />
            <source>Organisation: "%1" is not a corporate number (13 digits, the first being the check digit of the other twelve).</source>
            <translation>組織: 「%1」は法人番号ではありません（13 桁で、先頭の 1 桁が残り 12 桁のチェックデジットです）。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="71" />
            <source>Organisation: "%1" is not a valid e-mail address.</source>
            <translation>組織: 「%1」はメールアドレスの形式ではありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="74" />
            <source>Organisation: "%1" is not a valid web address.</source>
            <translation>組織: 「%1」はウェブアドレス（URL）の形式ではありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="80" />
            <source>Product information: "%1" is neither a valid e-mail address nor a valid web address.</source>
            <translation>製品情報: 「%1」はメールアドレスとしてもウェブアドレスとしても正しい形式ではありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="93" />
            <source>manufacturer name</source>
            <translation>製造事業者名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="94" />
            <source>product name</source>
            <translation>製品名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="95" />
            <source>model number</source>
            <translation>型番</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="96" />
            <source>product category</source>
            <translation>製品類型</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="97" />
            <source>firmware name</source>
            <translation>対象ファームウェア名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="98" />
            <source>conforming firmware version</source>
            <translation>適合ファームウェアのバージョン</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="99" />
            <source>support period end date</source>
            <translation>サポート期間の終了日</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="100" />
            <source>product inquiry contact</source>
            <translation>製品の問い合わせ先</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="101" />
            <source>vulnerability reporting contact</source>
            <translation>脆弱性の報告先</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="106" />
            <source>Product information: the %1 is missing.</source>
            <translation>製品情報: %1が入力されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="110" />
            <source>Product information: the support period ended on %1.</source>
            <translation>製品情報: サポート期間は %1 に終了しています。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="115" />
            <source>Product information: "%1" is not a valid web address.</source>
            <translation>製品情報: 「%1」は正しいWebアドレスではありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="124" />
            <source>UK PSTI route: the PSTI statement of compliance (or its URL) is missing.</source>
            <translation>英国PSTIルート: PSTIの適合宣言書（またはそのURL）がありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="127" />
            <source>The evaluation completion date is not set.</source>
            <translation>評価完了日が入力されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="139" />
            <source>result summary</source>
            <translation>結果の概要</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="141" />
            <source>test date</source>
            <translation>試験日</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="143" />
            <source>firmware version</source>
            <translation>ファームウェアのバージョン</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="145" />
            <source>an attached file</source>
            <translation>添付ファイル</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="166" />
            <source>the document title</source>
            <translation>文書名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="168" />
            <source>where in it the basis is stated (page, chapter or URL)</source>
            <translation>根拠が記載されている箇所（ページ、章またはURL）</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="170" />
            <source>the attached SBOM file</source>
            <translation>SBOMファイルの添付</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="172" />
            <source>%1: the document review evidence lacks %2.</source>
            <translation>%1: 文書評価のエビデンスに%2がありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="172" />
            <source> and </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="176" />
            <source>%1: conforming, but no SBOM (document evidence with the SBOM file) is recorded.</source>
            <translation>%1: 適合としていますが、SBOM（SBOMファイルを添付した文書エビデンス）が記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="177" />
            <source>%1: conforming, but no document review evidence is recorded.</source>
            <translation>%1: 適合としていますが、文書評価のエビデンスが記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="197" />
            <source>%1: the device test evidence lacks %2.</source>
            <translation>%1: 実機テストのエビデンスに%2がありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="197" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="202" />
            <source>%1: conforming, but no penetration test evidence is recorded.</source>
            <translation>%1: 適合としていますが、ペネトレーションテストのエビデンスが記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="203" />
            <source>%1: conforming, but no device test evidence is recorded.</source>
            <translation>%1: 適合としていますが、実機テストのエビデンスが記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="216" />
            <source>%1: not assessed yet.</source>
            <translation>%1: まだ評価していません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="220" />
            <source>%1: non-conforming. Nothing can be submitted while any item fails.</source>
            <translation>%1: 不適合です。不適合の項目が1つでもあると申請できません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="225" />
            <source>%1: this item can not be declared not applicable.</source>
            <translation>%1: この項目は対象外にできません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="228" />
            <source>%1: not applicable needs a justification (allowed only when: %2).</source>
            <translation>%1: 対象外とするには理由が必要です（対象外にできる条件: %2）。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="232" />
            <source>%1: the justification is very short; say why the N/A condition holds for this product.</source>
            <translation>%1: 非該当の理由が短すぎます。この製品で非該当の条件が成り立つ理由を記述してください。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="248" />
            <source>%1: the document "%2" is referenced but not attached; keep a copy with the evidence.</source>
            <translation>%1: 文書「%2」を参照していますが添付されていません。写しをエビデンスとして保管してください。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="266" />
            <source>%1: the device test on firmware %2 is kept as history; the item was tested again on firmware %3.</source>
            <translation>%1: ファームウェア %2 での実機テストは履歴として残っています。この項目はファームウェア %3 で再テスト済みです。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="271" />
            <source>%1: the device test was run on firmware %2, but the declaration is for firmware %3.</source>
            <translation>%1: 実機テストはファームウェア %2 で実施されていますが、適合宣言の対象はファームウェア %3 です。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="277" />
            <source>%1: the evidence file "%2" no longer matches its recorded SHA-256.</source>
            <translation>%1: エビデンスのファイル「%2」が記録されたSHA-256と一致しません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SubsetExport</name>
        <message>
            <location filename="../core/export/subsetexport.cpp" line="20" />
            <source>Name at least one item for the subset.</source>
            <translation>部分アーカイブに含める項目を 1 つ以上指定してください。</translation>
        </message>
        <message>
            <location filename="../core/export/subsetexport.cpp" line="21" />
            <source>%1 has no item %2.</source>
            <translation>%1 に項目 %2 はありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::VerdictStyle</name>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="188" />
            <source>document review</source>
            <translation>文書評価</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="191" />
            <source>device test</source>
            <translation>実機テスト</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="194" />
            <source>SBOM</source>
            <translation>SBOM</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="197" />
            <source>penetration test</source>
            <translation>ペネトレーションテスト</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="201" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="201" />
            <source> and </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>hoshi::VerificationText</name>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="14" />
            <source>Intact</source>
            <translation>完全: 改ざん・欠落なし</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="23" />
            <source>Not intact: %n file(s) changed (%1)</source>
            <translation>
                <numerusform>不完全: %n 件のファイルが変更されています（%1）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="27" />
            <source>Not intact: the signature does not match</source>
            <translation>不完全: 署名が一致しません</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="28" />
            <source>Not intact: %1</source>
            <translation>不完全: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="33" />
            <source>Unreadable or hostile: %1</source>
            <translation>読み込めない、または危険なアーカイブ: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="40" />
            <source>Every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match and nothing is missing or added: %n payload file(s), %1.</source>
            <translation>
                <numerusform>すべてのファイルが manifest-sha256.txt と manifest-sha512.txt に一致し、タグマニフェストも一致しています。欠けているファイルも追加されたファイルもありません: ペイロード %n ファイル、%1。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="57" />
            <source>Nothing was extracted from the archive. Ask the sender for an intact copy.</source>
            <translation>アーカイブからは何も取り出していません。送り主に完全なコピーを依頼してください。</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="64" />
            <source>Not signed</source>
            <translation>署名なし</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="66" />
            <source>Signed by %1 (%2, self-signed certificate), signature valid</source>
            <translation>署名者 %1（%2、自己署名証明書）、署名は有効</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="67" />
            <source>Signed by %1 (%2, certificate chained to a trusted CA), signature valid</source>
            <translation>署名者 %1（%2、信頼された認証局につながる証明書）、署名は有効</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="69" />
            <source>Signed by %1 (%2, certificate not chained to a trusted CA), signature valid</source>
            <translation>署名者 %1（%2、信頼された認証局につながらない証明書）、署名は有効</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="74" />
            <source>Signature invalid: %1</source>
            <translation>署名が無効です: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="75" />
            <source>Signed by %1, signature INVALID: %2</source>
            <translation>署名者 %1、署名は無効: %2</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="83" />
            <source>%1 — but the signature covers the manifests, and the files no longer match them: the archive is not what was signed.</source>
            <translation>%1 — ただし署名の対象はマニフェストであり、ファイルはもうマニフェストと一致しません。このアーカイブは署名された内容と同じではありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="101" />
            <source>%n payload file(s) (the evidence and the application package)</source>
            <translation>
                <numerusform>ペイロードファイル %n 件（エビデンスと申請パッケージ）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="102" />
            <source> + %n tag file(s) (bag declaration, bag-info, manifests, signature)</source>
            <translation>
                <numerusform> + タグファイル %n 件（bagit.txt、bag-info、マニフェスト、署名）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="110" />
            <source>Certificate SHA-256: %1 — compare it with the fingerprint the manufacturer gave you.</source>
            <translation>証明書のSHA-256: %1 — 製造者から受け取ったフィンガープリントと照合してください。</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="120" />
            <source>ok</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="122" />
            <source>modified</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="124" />
            <source>missing</source>
            <translation>欠落</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="126" />
            <source>unlisted</source>
            <translation>未記載</translation>
        </message>
    </context>
    <context>
        <name>hoshi::WelcomePage</name>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="74" />
            <source>Hoshi</source>
            <translation>Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="75" />
            <source>A workbench for JC-STAR IoT security self-declarations: assess every item, keep the evidence with it, and see at once what still blocks submission. A workspace is one file; every change is saved as you make it.</source>
            <translation>JC-STARのIoTセキュリティ自己適合宣言のための作業ツールです。すべての項目を評価し、エビデンスをその項目とともに保管し、申請を妨げている問題をすぐに確認できます。ワークスペースは1つのファイルで、変更はその都度保存されます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="78" />
            <source>New workspace…</source>
            <translation>新しいワークスペース…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="79" />
            <source>Open workspace…</source>
            <translation>ワークスペースを開く…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="80" />
            <source>Open the demo</source>
            <translation>デモを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="81" />
            <source>Check an evidence archive…</source>
            <translation>エビデンスアーカイブを検証…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="82" />
            <source>Auditor mode: verify a retained evidence archive (.zip) and browse it read-only.</source>
            <translation>監査モード: 保管用エビデンスアーカイブ（.zip）を検証し、読み取り専用で閲覧します。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="83" />
            <source>Recent workspaces</source>
            <translation>最近使ったワークスペース</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="92" />
            <source>%1 — server</source>
            <translation>%1 — サーバー</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="93" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="99" />
            <source>(none yet)</source>
            <translation>（まだありません）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Workspace</name>
        <message>
            <location filename="../core/storage/workspace.cpp" line="124" />
            <source>%1 already exists; choose another name or open it instead.</source>
            <translation>%1 はすでに存在します。別の名前にするか、そのファイルを開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="128" />
            <source>The folder for %1 does not exist.</source>
            <translation>%1 を作成するフォルダが存在しません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="135" />
            <source>Cannot create %1: another program is creating it.</source>
            <translation>%1 を作成できません: ほかのプログラムが作成中です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="154" />
            <source>%1 does not exist.</source>
            <translation>%1 は存在しません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="158" />
            <location filename="../core/storage/workspace_files.cpp" line="225" />
            <location filename="../core/storage/workspace_points.cpp" line="174" />
            <source>%1 is not a file.</source>
            <translation>%1 はファイルではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="163" />
            <source>%1 is not a Hoshi workspace (it is not an SQLite database file, or it is empty or cut short).</source>
            <translation>%1 はHoshiのワークスペースではありません（SQLiteのデータベースファイルではないか、空であるか、途中で切れています）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="168" />
            <source>%1 is an SQLite database but not a Hoshi workspace.</source>
            <translation>%1 はSQLiteのデータベースですが、Hoshiのワークスペースではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="174" />
            <source>%1 is damaged: the file is shorter than its own header says (%2 of %3 bytes); it was probably truncated while copying. Restore it from a backup.</source>
            <translation>%1 は破損しています: ファイルがヘッダーの記載より短くなっています（%3 バイト中 %2 バイト）。コピー中に途中で切れた可能性があります。バックアップから復元してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="202" />
            <source>%1 is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
            <translation>%1 はすでに %2 で開かれています（%4 のプロセス %3）。先にそちらで閉じるか、読み取り専用で開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="208" />
            <source>%1 cannot be locked for writing (is the folder read-only?). Open it read-only instead.</source>
            <translation>%1 を書き込み用にロックできません（フォルダが読み取り専用ではありませんか？）。読み取り専用で開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="32" />
            <location filename="../core/storage/workspace_probe.cpp" line="93" />
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="46" />
            <location filename="../core/storage/serverbackend.cpp" line="48" />
            <source>%1 cannot be used: %2</source>
            <translation>%1 は使用できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_probe.cpp" line="71" />
            <source>%1 is damaged and cannot be read: %2</source>
            <translation>%1 は破損しているため読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_probe.cpp" line="76" />
            <source>%1 is damaged (%2). Restore it from a backup.</source>
            <translation>%1 は破損しています（%2）。バックアップから復元してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="57" />
            <location filename="../core/storage/serverbackend.cpp" line="59" />
            <location filename="../core/storage/serverbackend.cpp" line="67" />
            <location filename="../core/storage/workspace_probe.cpp" line="53" />
            <source>%1 cannot be read: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_probe.cpp" line="39" />
            <source>%1 was written by a newer Hoshi (format %2; this version reads up to %3). Update Hoshi to open it.</source>
            <translation>%1 は新しいバージョンのHoshiで書かれています（形式 %2。このバージョンが読めるのは %3 まで）。開くにはHoshiを更新してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="269" />
            <source>%1 uses an older format and must be upgraded; open it for writing once.</source>
            <translation>%1 は古い形式のため、更新が必要です。一度、書き込み可能な状態で開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="84" />
            <source>Cannot back up %1 before upgrading it: %2</source>
            <translation>更新の前に %1 をバックアップできません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="294" />
            <source>Cannot upgrade %1 to format %2: %3</source>
            <translation>%1 を形式 %2 に更新できません: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="304" />
            <source>Cannot initialise %1: %2</source>
            <translation>%1 を初期化できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="68" />
            <location filename="../core/storage/serverbackend.cpp" line="79" />
            <location filename="../core/storage/serverbackend.cpp" line="91" />
            <source>Cannot upgrade %1: %2</source>
            <translation>%1 を更新できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="315" />
            <source>Cannot read the criteria stored in %1: %2</source>
            <translation>%1 に保存された適合基準を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="321" />
            <source>The criteria set %1 stored in %2 is invalid: %3</source>
            <translation>%2 に保存された適合基準 %1 が正しくありません: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="334" />
            <source>%1 is open read-only; nothing can be changed.</source>
            <translation>%1 は読み取り専用で開かれているため、変更できません。</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="127" />
            <location filename="../core/storage/serverbackend.cpp" line="129" />
            <source>Cannot compact %1: %2</source>
            <translation>%1 を最適化（圧縮）できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="201" />
            <location filename="../core/storage/workspace_files.cpp" line="246" />
            <location filename="../core/storage/workspace_files.cpp" line="286" />
            <location filename="../core/storage/workspace_files.cpp" line="328" />
            <location filename="../core/storage/workspace_remove.cpp" line="78" />
            <location filename="../core/storage/workspaceutil.h" line="46" />
            <source>Cannot save: %1</source>
            <translation>保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="358" />
            <source>This workspace already holds a different criteria set with the id %1.</source>
            <translation>このワークスペースには、ID %1 の別の適合基準がすでにあります。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="363" />
            <source>Cannot store the criteria set %1: %2</source>
            <translation>適合基準 %1 を保存できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="121" />
            <location filename="../core/storage/workspace_review.cpp" line="115" />
            <source>%1 is not an item of %2.</source>
            <translation>%1 は %2 の項目ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="122" />
            <location filename="../core/storage/workspace_assessments.cpp" line="284" />
            <location filename="../core/storage/workspace_assessments.cpp" line="417" />
            <location filename="../core/storage/workspace_baselines.cpp" line="119" />
            <location filename="../core/storage/workspace_catalog.cpp" line="342" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="101" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="182" />
            <location filename="../core/storage/workspace_label.cpp" line="73" />
            <location filename="../core/storage/workspace_points.cpp" line="170" />
            <location filename="../core/storage/workspace_remove.cpp" line="38" />
            <location filename="../core/storage/workspace_review.cpp" line="111" />
            <location filename="../core/storage/workspace_review.cpp" line="278" />
            <location filename="../core/storage/workspace_review.cpp" line="327" />
            <location filename="../core/storage/workspace_snapshot.cpp" line="21" />
            <source>There is no declaration with the id %1.</source>
            <translation>ID %1 の宣言はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="140" />
            <location filename="../core/storage/workspace_assessments.cpp" line="176" />
            <source>Cannot record the assessment of %1: %2</source>
            <translation>%1 の評価を記録できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="183" />
            <source>Verdict: %1 → %2</source>
            <translation>判定: %1 → %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="186" />
            <source>Justification: %1</source>
            <translation>理由: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="188" />
            <source>Notes: %1</source>
            <translation>メモ: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="215" />
            <source>someone</source>
            <translation>誰か</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="219" />
            <source>%1 was changed by %2 at %3 since you read it (version %4, now %5). Nothing was saved; it now reads: verdict %6; justification "%7"; notes "%8".</source>
            <translation>%1 は、読み込んだ後に %2 が %3 に変更しました（版 %4、現在 %5）。保存していません。現在の内容: 判定 %6、根拠「%7」、メモ「%8」。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="288" />
            <source>Evidence must back at least one item.</source>
            <translation>エビデンスは少なくとも1つの項目の根拠でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="299" />
            <source>Cannot add the evidence: %1</source>
            <translation>エビデンスを追加できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="308" />
            <location filename="../core/storage/workspace_assessments.cpp" line="354" />
            <source>Cannot link the evidence to %1: %2</source>
            <translation>エビデンスを %1 に紐付けられません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="312" />
            <source>%1 evidence added: %2</source>
            <translation>%1のエビデンスを追加: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="330" />
            <source>Cannot update the evidence: %1</source>
            <translation>エビデンスを更新できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="333" />
            <source>Evidence edited: %1</source>
            <translation>エビデンスを編集: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="345" />
            <location filename="../core/storage/workspace_assessments.cpp" line="386" />
            <location filename="../core/storage/workspace_files.cpp" line="218" />
            <location filename="../core/storage/workspace_files.cpp" line="299" />
            <source>There is no evidence with the id %1.</source>
            <translation>ID %1 のエビデンスはありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="357" />
            <source>Evidence linked: %1</source>
            <translation>エビデンスを紐付け: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="371" />
            <source>That evidence does not back %1.</source>
            <translation>そのエビデンスは %1 の根拠ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="374" />
            <source>Evidence %1 unlinked</source>
            <translation>エビデンス %1 の紐付けを解除</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="390" />
            <source>Evidence removed: %1</source>
            <translation>エビデンスを削除: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="397" />
            <source>Cannot remove the evidence: %1</source>
            <translation>エビデンスを削除できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="450" />
            <source>Carried over from declaration %1 (%2); to review: %3</source>
            <translation>適合宣言 %1（%2）から引き継ぎました。見直しが必要: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="451" />
            <source>nothing</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="144" />
            <location filename="../core/storage/workspace_catalog.cpp" line="167" />
            <source>An organisation needs a name.</source>
            <translation>組織には名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="152" />
            <source>Cannot add the organisation: %1</source>
            <translation>組織を追加できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="156" />
            <source>Organisation "%1" added</source>
            <translation>組織「%1」を追加</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="175" />
            <source>Cannot update the organisation: %1</source>
            <translation>組織を更新できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="178" />
            <source>Organisation details edited</source>
            <translation>組織の情報を編集</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="211" />
            <location filename="../core/storage/workspace_catalog.cpp" line="238" />
            <source>A product needs a name.</source>
            <translation>製品には名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="215" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="49" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="126" />
            <source>There is no organisation with the id %1.</source>
            <translation>ID %1 の組織はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="223" />
            <source>Cannot add the product: %1</source>
            <translation>製品を追加できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="227" />
            <source>Product "%1" added</source>
            <translation>製品「%1」を追加</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="243" />
            <location filename="../core/storage/workspace_catalog.cpp" line="305" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="70" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="155" />
            <source>There is no product with the id %1.</source>
            <translation>ID %1 の製品はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="253" />
            <source>Cannot update the product: %1</source>
            <translation>製品を更新できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="270" />
            <source>Product fields changed: %1</source>
            <translation>製品情報を変更: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="312" />
            <source>Unknown criteria set %1.</source>
            <translation>適合基準 %1 は不明です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="316" />
            <source>The UK PSTI route exists only for ★1 declarations.</source>
            <translation>英国PSTIルートは★1の適合宣言にだけあります。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="325" />
            <source>Cannot add the declaration: %1</source>
            <translation>適合宣言を追加できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="330" />
            <source>Declaration against %1 (%2) started</source>
            <translation>%1（%2）による適合宣言を開始</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="346" />
            <source>A declaration's product and criteria set cannot be changed; start a new declaration.</source>
            <translation>適合宣言の製品と適合基準は変更できません。新しい適合宣言を作成してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="370" />
            <source>Cannot update the declaration: %1</source>
            <translation>適合宣言を更新できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="373" />
            <source>Declaration details edited</source>
            <translation>適合宣言の詳細を編集</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="376" />
            <location filename="../core/storage/workspace_label.cpp" line="99" />
            <source>Label status: %1 → %2</source>
            <translation>ラベルの状態: %1 → %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="204" />
            <source>Cannot attach %1: %2</source>
            <translation>%1 を添付できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="208" />
            <source>File attached: %1 (%2 bytes)</source>
            <translation>ファイルを添付: %1（%2 バイト）</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="112" />
            <location filename="../core/storage/workspace_files.cpp" line="230" />
            <location filename="../core/storage/workspace_server.cpp" line="43" />
            <location filename="../core/storage/workspace_server.cpp" line="84" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="147" />
            <location filename="../core/storage/workspace_files.cpp" line="153" />
            <location filename="../core/storage/workspace_files.cpp" line="160" />
            <location filename="../core/storage/workspace_files.cpp" line="260" />
            <location filename="../core/storage/workspace_files.cpp" line="313" />
            <location filename="../core/storage/workspace_files.cpp" line="320" />
            <source>Cannot store %1: %2</source>
            <translation>%1 を保存できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="122" />
            <location filename="../core/storage/workspace_files.cpp" line="129" />
            <source>Cannot store %1: %2 (is the disk full?)</source>
            <translation>%1 を保存できません: %2（ディスクがいっぱいではありませんか？）</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="131" />
            <source>Import of %1 cancelled.</source>
            <translation>%1 の取り込みを中止しました。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="340" />
            <source>There is no evidence file with the id %1.</source>
            <translation>ID %1 のエビデンスファイルはありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="344" />
            <source>File removed: %1</source>
            <translation>ファイルを削除: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="350" />
            <source>Cannot remove %1: %2</source>
            <translation>%1 を削除できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="363" />
            <location filename="../core/storage/workspace_files.cpp" line="372" />
            <source>Cannot read stored content %1: %2</source>
            <translation>保存された内容 %1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="384" />
            <source>Reading stored content %1 was stopped.</source>
            <translation>保存された内容 %1 の読み込みを中止しました。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="362" />
            <location filename="../core/storage/workspace_files.cpp" line="378" />
            <location filename="../core/storage/workspace_files.cpp" line="411" />
            <source>The workspace holds no content %1.</source>
            <translation>ワークスペースに内容 %1 がありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="396" />
            <source>Cannot write: %1</source>
            <translation>書き込めません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="425" />
            <source>Stored content no longer matches its SHA-256 (expected %1, found %2; %3 of %4 bytes).</source>
            <translation>保存された内容がSHA-256と一致しません（期待値 %1、実際 %2、%4 バイト中 %3 バイト）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_snapshot.cpp" line="26" />
            <source>Declaration %1 is incomplete in this workspace.</source>
            <translation>適合宣言 %1 はこのワークスペース内で不完全です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="40" />
            <source>approval</source>
            <translation>承認</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="42" />
            <source>label</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="46" />
            <source>export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="98" />
            <source>Cannot keep a baseline of declaration %1: the data is not a Hoshi declaration.</source>
            <translation>適合宣言 %1 のベースラインを保存できません: Hoshi の適合宣言のデータではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="105" />
            <source>Cannot keep a baseline of declaration %1: %2</source>
            <translation>適合宣言 %1 のベースラインを保存できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="110" />
            <source>Baseline kept (%1, fingerprint %2)</source>
            <translation>ベースラインを保存（%1、フィンガープリント %2）</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="19" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>製品 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="21" />
            <source>%n declaration(s)</source>
            <translation>
                <numerusform>適合宣言 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="23" />
            <source>%n evidence record(s)</source>
            <translation>
                <numerusform>エビデンス %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="25" />
            <source>%n user access grant(s) (hoshi-cli server revoke)</source>
            <translation>
                <numerusform>%n 件のユーザーアクセス権（hoshi-cli server revoke）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="27" />
            <source>%n recorded export(s) or approval(s)</source>
            <translation>
                <numerusform>記録済みの出力・承認 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="28" />
            <source>%n record(s) in %1</source>
            <translation>
                <numerusform>%1 のレコード %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="53" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="74" />
            <source>The name can not be empty.</source>
            <translation>名前は空にできません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="62" />
            <source>Organisation renamed from "%1" to "%2"</source>
            <translation>組織名を「%1」から「%2」に変更</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="84" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="86" />
            <source>Product renamed from "%1" to "%2"</source>
            <translation>製品名を「%1」から「%2」に変更</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="112" />
            <source>Cannot rename the declaration: %1</source>
            <translation>適合宣言の名前を変更できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="116" />
            <source>Declaration renamed from "%1" to "%2"</source>
            <translation>適合宣言の名前を「%1」から「%2」に変更</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="133" />
            <source>The organisation "%1" can not be removed while other records depend on it: %2.</source>
            <translation>組織「%1」は、ほかのレコードが依存しているため削除できません: %2。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="141" />
            <source>Cannot remove the organisation: %1</source>
            <translation>組織を削除できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="145" />
            <source>Organisation "%1" removed</source>
            <translation>組織「%1」を削除</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="160" />
            <source>The product "%1" can not be removed while other records depend on it: %2.</source>
            <translation>製品「%1」は、ほかのレコードが依存しているため削除できません: %2。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="167" />
            <source>Cannot remove the product: %1</source>
            <translation>製品を削除できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="171" />
            <source>Product "%1" removed</source>
            <translation>製品「%1」を削除</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="190" />
            <source>The declaration can not be removed while other records depend on it: %1.</source>
            <translation>この適合宣言は、ほかのレコードが依存しているため削除できません: %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="208" />
            <source>Cannot remove the declaration: %1</source>
            <translation>適合宣言を削除できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="218" />
            <source>Declaration of "%1" (%2) removed</source>
            <translation>「%1」の適合宣言（%2）を削除</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="35" />
            <source>application number</source>
            <translation>申請番号</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="36" />
            <source>submitted on</source>
            <translation>申請日</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="37" />
            <source>registration number</source>
            <translation>登録番号</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="38" />
            <source>issued on</source>
            <translation>発行日</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="39" />
            <source>valid until</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="40" />
            <source>extended on</source>
            <translation>延長日</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="41" />
            <source>successor</source>
            <translation>後継製品・ラベル</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="42" />
            <source>product page</source>
            <translation>製品ページ</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="91" />
            <source>Cannot save the label record: %1</source>
            <translation>ラベル情報を保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="96" />
            <source>Label record: %1</source>
            <translation>ラベル情報: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="46" />
            <location filename="../core/storage/workspace_points.cpp" line="92" />
            <source>%1 is not an evaluation point of %2.</source>
            <translation>%1 は %2 の評価項目ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="59" />
            <source>Cannot record the evaluation point %1: %2</source>
            <translation>評価項目 %1 を記録できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="65" />
            <source>Relies on evaluation point %1</source>
            <translation>評価項目 %1 を採用</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="65" />
            <source>No longer relies on evaluation point %1</source>
            <translation>評価項目 %1 の採用を取り消し</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="87" />
            <source>%1 is not an item of declaration %2.</source>
            <translation>%1 は宣言 %2 の項目ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="99" />
            <source>Evidence %1 is not linked to %2; link it to the item first.</source>
            <translation>エビデンス %1 は %2 に紐付いていません。先に項目へ紐付けてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="105" />
            <location filename="../core/storage/workspace_points.cpp" line="112" />
            <source>Cannot record the evaluation points: %1</source>
            <translation>評価項目を記録できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="117" />
            <source>Evidence backs evaluation points of %1: %2</source>
            <translation>エビデンスが %1 の評価項目を裏付け: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="118" />
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="136" />
            <source>Cannot carry over the evaluation points of %1: %2</source>
            <translation>%1 の評価項目を引き継げません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="181" />
            <source>UK PSTI statement of compliance</source>
            <translation>英国 PSTI 適合宣言書</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="182" />
            <location filename="../core/storage/workspace_points.cpp" line="191" />
            <source>Cannot keep the PSTI statement: %1</source>
            <translation>PSTI 適合宣言書を保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="195" />
            <source>PSTI statement of compliance attached: %1</source>
            <translation>PSTI 適合宣言書を添付: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_remove.cpp" line="44" />
            <source>Declaration %1 cannot be removed: %2 item(s) hold a verdict, a justification, notes or evidence. Reset them to not assessed and unlink the evidence first.</source>
            <translation>適合宣言 %1 は削除できません。%2 件の項目に判定、根拠、メモまたは証跡があります。先に未評価に戻し、証跡の紐付けを外してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_remove.cpp" line="51" />
            <source>Declaration %1 cannot be removed: it has been approved, exported or labelled, and its record must stay.</source>
            <translation>適合宣言 %1 は削除できません。承認・出力・ラベル取得のいずれかが済んでいるため、記録を残す必要があります。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="77" />
            <source>Cannot record the history: %1</source>
            <translation>履歴を記録できません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="104" />
            <source>There are no comments to add.</source>
            <translation>追加するコメントがありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="119" />
            <source>A comment needs an author and a text.</source>
            <translation>コメントには記入者と本文が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="123" />
            <source>"%1" is not a finding status (accepted, question, more-evidence).</source>
            <translation>「%1」は所見の状態（accepted、question、more-evidence）ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="136" />
            <source>Cannot add the comment: %1</source>
            <translation>コメントを追加できません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="139" />
            <source>Comment %1 by %2: %3</source>
            <translation>%2 のコメント %1：%3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="160" />
            <source>There is no comment with the id %1.</source>
            <translation>ID %1 のコメントはありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="164" />
            <source>Resolving a comment needs the name of who resolves it.</source>
            <translation>コメントを解決済みにするには、解決した人の名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="168" />
            <source>Comment %1 was already resolved by %2.</source>
            <translation>コメント %1 は %2 によって解決済みです。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="174" />
            <source>Cannot resolve the comment: %1</source>
            <translation>コメントを解決済みにできません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="178" />
            <source>Comment %1 resolved by %2</source>
            <translation>コメント %1 を %2 が解決済みにしました</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="267" />
            <source>Cannot record the sign-off: %1</source>
            <translation>承認記録を保存できません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="282" />
            <source>A review request needs the name of who asks for it.</source>
            <translation>レビュー依頼には依頼者の名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="286" />
            <source>Declaration %1 is already in review.</source>
            <translation>申請 %1 はすでにレビュー中です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="290" />
            <source>Review requested by %1</source>
            <translation>%1 がレビューを依頼しました</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="302" />
            <source>An approval needs the name of the approver.</source>
            <translation>承認には承認者の名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="307" />
            <source>Declaration %1 is a draft: request a review before approving it.</source>
            <translation>申請 %1 は下書きです。承認する前にレビューを依頼してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="311" />
            <source>Declaration %1 is already approved and has not changed since.</source>
            <translation>申請 %1 はすでに承認済みで、承認後に変更されていません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="315" />
            <source>%1 changed declaration %2 since its last approval and so cannot approve it; someone else must approve.</source>
            <translation>%1 は前回の承認後に申請 %2 を変更したため、承認できません。別の人が承認してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="319" />
            <source>Approved by %1</source>
            <translation>%1 が承認しました</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="331" />
            <source>Requesting changes needs the reviewer's name and a reason.</source>
            <translation>修正依頼にはレビュー担当者の名前と理由が必要です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="336" />
            <source>Declaration %1 is not in review (it is %2).</source>
            <translation>申請 %1 はレビュー中ではありません（現在の状態：%2）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="340" />
            <source>Changes requested by %1: %2</source>
            <translation>%1 が修正を依頼しました：%2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="365" />
            <source>Cannot save the setting: %1</source>
            <translation>設定を保存できません：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="369" />
            <source>Setting: approval required before export</source>
            <translation>設定：書き出しの前に承認を必須にする</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="369" />
            <source>Setting: approval not required before export</source>
            <translation>設定：書き出しの前の承認を必須にしない</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="428" />
            <source>declaration</source>
            <translation>申請全体</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="429" />
            <source>%1: %2 (%3)</source>
            <translation>%1：%2（%3）</translation>
        </message>
        <message>
            <location filename="../core/storage/serverbackend.cpp" line="37" />
            <source>Cannot connect to %1: %2</source>
            <translation>%1 に接続できません: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/serverbackend.cpp" line="120" />
            <source>%n stored file(s) do not have their recorded size</source>
            <translation>
                <numerusform>保存済みファイル %n 件のサイズが記録と一致しません</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/serverbackend.cpp" line="173" />
            <source>The user %1 has no access to the workspace %2. Its owner can give access with "hoshi-cli server grant".</source>
            <translation>ユーザー %1 はワークスペース %2 へのアクセス権を持っていません。所有者が "hoshi-cli server grant" でアクセスを付与できます。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_server.cpp" line="41" />
            <source>The database %1 already holds tables; a new workspace needs an empty database (create one with createdb).</source>
            <translation>データベース %1 には既にテーブルがあります。新しいワークスペースには空のデータベースが必要です（createdb で作成してください）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_server.cpp" line="63" />
            <source>The database %1 holds no Hoshi workspace; create one with "hoshi-cli server init".</source>
            <translation>データベース %1 には Hoshi のワークスペースがありません。「hoshi-cli server init」で作成してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/changefeed.cpp" line="16" />
            <source>Only a workspace on a server announces changes.</source>
            <translation>変更の通知があるのはサーバー上のワークスペースだけです。</translation>
        </message>
        <message>
            <location filename="../core/storage/changefeed.cpp" line="20" />
            <source>Cannot listen for changes: %1</source>
            <translation>変更の通知を受け取れません: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::WorkspaceLocation</name>
        <message>
            <location filename="../core/storage/location.cpp" line="30" />
            <source>the port "%1" is not a number from 1 to 65535</source>
            <translation>ポート「%1」が 1〜65535 の数値ではありません</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="46" />
            <source>several hosts in one address are not supported</source>
            <translation>1 つのアドレスに複数のホストは指定できません</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="54" />
            <source>the IPv6 address is missing its closing bracket</source>
            <translation>IPv6 アドレスの閉じ括弧がありません</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="114" />
            <source>it is not of the form postgresql://user@host:port/database</source>
            <translation>postgresql://ユーザー@ホスト:ポート/データベース の形式ではありません</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="130" />
            <source>the parameter "%1" is not of the form name=value</source>
            <translation>パラメーター「%1」が 名前=値 の形式ではありません</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="141" />
            <source>it names no database (postgresql://host/DATABASE)</source>
            <translation>データベース名がありません（postgresql://ホスト/データベース）</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="148" />
            <source>The server address %1 is not valid: %2.</source>
            <translation>サーバーのアドレス %1 は無効です: %2。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ZipPath</name>
        <message>
            <location filename="../core/archive/zippath.cpp" line="25" />
            <source>An entry has an empty name.</source>
            <translation>名前が空のエントリがあります。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="27" />
            <source>The entry name "%1" is longer than %2 bytes.</source>
            <translation>エントリ名「%1」は %2 バイトより長いです。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="30" />
            <source>The entry name "%1" contains a control character.</source>
            <translation>エントリ名「%1」に制御文字が含まれています。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="32" />
            <source>The entry name "%1" is not valid UTF-8.</source>
            <translation>エントリ名「%1」は正しいUTF-8ではありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="35" />
            <source>The entry "%1" has an absolute path.</source>
            <translation>エントリ「%1」は絶対パスです。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="46" />
            <source>The entry "%1" leaves its folder ("..").</source>
            <translation>エントリ「%1」はフォルダの外に出ます（「..」）。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="48" />
            <source>The entry "%1" has an absolute path (drive letter).</source>
            <translation>エントリ「%1」は絶対パスです（ドライブ文字）。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="50" />
            <source>The entry name "%1" has an empty or "." component.</source>
            <translation>エントリ名「%1」に空または「.」の要素があります。</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="53" />
            <source>The entry name "%1" contains a backslash.</source>
            <translation>エントリ名「%1」にバックスラッシュが含まれています。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ZipWriter</name>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="63" />
            <source>unknown error</source>
            <translation>不明なエラー</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="77" />
            <source>The archive can not be written: the output is not open for writing.</source>
            <translation>アーカイブを書き込めません: 出力先が書き込み用に開かれていません。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="81" />
            <source>Out of memory.</source>
            <translation>メモリが不足しています。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="92" />
            <source>The archive can not be started: %1</source>
            <translation>アーカイブの作成を開始できません: %1</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="100" />
            <source>The archive writer is not ready for a new entry (%1).</source>
            <translation>アーカイブに新しいエントリを追加できる状態ではありません（%1）。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="104" />
            <source>The size of %1 is unknown.</source>
            <translation>%1 のサイズが不明です。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="110" />
            <source>Can not select compression for %1: %2</source>
            <translation>%1 の圧縮方式を設定できません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="121" />
            <source>Can not add %1 to the archive: %2</source>
            <translation>%1 をアーカイブに追加できません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="132" />
            <location filename="../core/archive/zipwriter.cpp" line="150" />
            <source>The archive writer has no open entry.</source>
            <translation>書き込み中のエントリがありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="134" />
            <source>%1 is larger than announced (%2 bytes).</source>
            <translation>%1 は事前に示されたサイズ（%2 バイト）より大きいです。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="139" />
            <source>Can not write %1 into the archive: %2</source>
            <translation>%1 をアーカイブに書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="152" />
            <source>%1 ended after %2 of %3 bytes.</source>
            <translation>%1 は %3 バイト中 %2 バイトで終わりました。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="155" />
            <source>Can not finish %1 in the archive: %2</source>
            <translation>アーカイブ内の %1 を完了できません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="171" />
            <source>The archive can not be completed: an entry is still open or writing failed.</source>
            <translation>アーカイブを完成できません: 書き込み中のエントリが残っているか、書き込みに失敗しました。</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="174" />
            <source>Can not complete the archive: %1</source>
            <translation>アーカイブを完成できません: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::cli::Cli</name>
        <message>
            <location filename="../app/cli/clifields.h" line="50" />
            <source>Organisation name as registered.</source>
            <translation>登録上の組織名（法人名）。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="51" />
            <source>Organisation name in English.</source>
            <translation>組織名（英語）。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="52" />
            <source>Corporate number (13 digits).</source>
            <translation>法人番号（13 桁）。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="53" />
            <source>Address.</source>
            <translation>所在地。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="54" />
            <source>Contact person.</source>
            <translation>担当者名。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="55" />
            <source>Contact e-mail address.</source>
            <translation>連絡先メールアドレス。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="56" />
            <source>Website URL.</source>
            <translation>ウェブサイトの URL。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="60" />
            <source>Product name.</source>
            <translation>製品名。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="61" />
            <source>Product category (製品類型).</source>
            <translation>製品類型。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="62" />
            <source>Name of the supported firmware.</source>
            <translation>対象ファームウェアの名称。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="63" />
            <source>Conforming firmware version.</source>
            <translation>適合するファームウェアのバージョン。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="64" />
            <source>Notice about versions.</source>
            <translation>バージョンに関する注意事項。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="65" />
            <source>Product summary.</source>
            <translation>製品の概要。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="66" />
            <source>Product web page URL.</source>
            <translation>製品ウェブページの URL。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="67" />
            <source>Reference to the configuration diagram.</source>
            <translation>構成図の参照先。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="69" />
            <source>Product inquiry contact.</source>
            <translation>製品に関する問い合わせ先。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="70" />
            <source>Vulnerability/defect reporting contact.</source>
            <translation>脆弱性・不具合の報告窓口。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="72" />
            <source>Vulnerability disclosure policy URL.</source>
            <translation>脆弱性開示ポリシーの URL。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="73" />
            <source>Technical conformity certification number (技適).</source>
            <translation>技術基準適合証明番号（技適）。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="75" />
            <source>Other certification numbers.</source>
            <translation>その他の認証番号。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="76" />
            <source>Other security information.</source>
            <translation>その他のセキュリティ情報。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="80" />
            <source>Document title.</source>
            <translation>文書名。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="81" />
            <source>Document number and/or version.</source>
            <translation>文書番号・版。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="82" />
            <source>Page(s).</source>
            <translation>ページ。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="83" />
            <source>Chapter/section.</source>
            <translation>章・節。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="84" />
            <source>URL.</source>
            <translation>URL。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="85" />
            <source>Excerpt stating the basis.</source>
            <translation>根拠となる記載の抜粋。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="86" />
            <source>Test procedure.</source>
            <translation>試験手順。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="87" />
            <source>Test result summary.</source>
            <translation>試験結果の概要。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="88" />
            <source>Who ran the test.</source>
            <translation>試験実施者。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="89" />
            <source>Firmware version tested.</source>
            <translation>試験したファームウェアのバージョン。</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="90" />
            <source>Test environment.</source>
            <translation>試験環境。</translation>
        </message>
        <message>
            <location filename="../app/cli/clilanguage.cpp" line="63" />
            <source>error: --lang needs a value: ja or en</source>
            <translation>エラー: --lang には ja または en を指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/clilanguage.cpp" line="76" />
            <source>error: --lang is ja or en, not "%1"</source>
            <translation>エラー: --lang は ja または en です（「%1」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="50" />
            <source>hoshi-cli: unknown subcommand "%1"</source>
            <translation>hoshi-cli: 不明なサブコマンド「%1」</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="103" />
            <source>error: the workspace file (WS) is missing</source>
            <translation>エラー: ワークスペースファイル（WS）が指定されていません</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="143" />
            <source>Password for %1: </source>
            <translation>%1 のパスワード: </translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="149" />
            <location filename="../app/cli/cliutil.cpp" line="171" />
            <location filename="../app/cli/cliutil.cpp" line="193" />
            <location filename="../app/cli/cmd_assessment.cpp" line="72" />
            <location filename="../app/cli/cmd_changereport.cpp" line="29" />
            <location filename="../app/cli/cmd_changereport.cpp" line="47" />
            <location filename="../app/cli/cmd_changes.cpp" line="34" />
            <location filename="../app/cli/cmd_export.cpp" line="127" />
            <location filename="../app/cli/cmd_export.cpp" line="231" />
            <location filename="../app/cli/cmd_label.cpp" line="128" />
            <location filename="../app/cli/cmd_label.cpp" line="231" />
            <location filename="../app/cli/cmd_label.cpp" line="264" />
            <location filename="../app/cli/cmd_label.cpp" line="282" />
            <location filename="../app/cli/cmd_portfolio.cpp" line="27" />
            <location filename="../app/cli/cmd_portfolio.cpp" line="34" />
            <location filename="../app/cli/cmd_psti.cpp" line="48" />
            <location filename="../app/cli/cmd_reminders.cpp" line="42" />
            <location filename="../app/cli/cmd_review.cpp" line="84" />
            <location filename="../app/cli/cmd_review.cpp" line="141" />
            <location filename="../app/cli/cmd_review.cpp" line="159" />
            <location filename="../app/cli/cmd_review.cpp" line="225" />
            <location filename="../app/cli/cmd_server.cpp" line="37" />
            <location filename="../app/cli/cmd_status.cpp" line="131" />
            <location filename="../app/cli/cmd_transfer.cpp" line="75" />
            <location filename="../app/cli/cmd_workspace.cpp" line="137" />
            <location filename="../app/cli/cmd_workspace.cpp" line="158" />
            <location filename="../app/cli/cmd_workspace.cpp" line="195" />
            <location filename="../app/cli/cmd_workspace.cpp" line="223" />
            <location filename="../app/cli/cmd_workspace.cpp" line="245" />
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="163" />
            <location filename="../app/cli/cmd_assessment.cpp" line="25" />
            <location filename="../app/cli/cmd_assessment.cpp" line="115" />
            <location filename="../app/cli/cmd_assessment.cpp" line="170" />
            <location filename="../app/cli/cmd_changereport.cpp" line="15" />
            <location filename="../app/cli/cmd_changes.cpp" line="110" />
            <location filename="../app/cli/cmd_evidence.cpp" line="124" />
            <location filename="../app/cli/cmd_export.cpp" line="47" />
            <location filename="../app/cli/cmd_findings.cpp" line="64" />
            <location filename="../app/cli/cmd_label.cpp" line="95" />
            <location filename="../app/cli/cmd_portfolio.cpp" line="14" />
            <location filename="../app/cli/cmd_psti.cpp" line="16" />
            <location filename="../app/cli/cmd_psti.cpp" line="36" />
            <location filename="../app/cli/cmd_reminders.cpp" line="16" />
            <location filename="../app/cli/cmd_review.cpp" line="52" />
            <location filename="../app/cli/cmd_review.cpp" line="207" />
            <location filename="../app/cli/cmd_status.cpp" line="64" />
            <location filename="../app/cli/cmd_status.cpp" line="116" />
            <location filename="../app/cli/cmd_workspace.cpp" line="58" />
            <location filename="../app/cli/cmd_workspace.cpp" line="76" />
            <location filename="../app/cli/cmd_workspace.cpp" line="100" />
            <location filename="../app/cli/cmd_workspace.cpp" line="169" />
            <location filename="../app/cli/cmd_workspace.cpp" line="213" />
            <source>Workspace: a .hoshi file or a postgresql:// server address.</source>
            <translation>ワークスペース: .hoshi ファイル、または postgresql:// で始まるサーバーのアドレス。</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="178" />
            <location filename="../app/cli/cmd_label.cpp" line="290" />
            <location filename="../app/cli/cmd_server.cpp" line="79" />
            <source>error: --%1 is required</source>
            <translation>エラー: --%1 は必須です</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="184" />
            <source>error: --%1 takes a positive number, not "%2"</source>
            <translation>エラー: --%1 には正の数を指定してください（「%2」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="206" />
            <location filename="../app/cli/cmd_label.cpp" line="58" />
            <source>error: --%1 takes a date as YYYY-MM-DD, not "%2"</source>
            <translation>エラー: --%1 には YYYY-MM-DD 形式の日付を指定してください（「%2」は不可）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="118" />
            <location filename="../app/cli/cmd_catalog.cpp" line="25" />
            <location filename="../app/cli/cmd_catalog.cpp" line="45" />
            <location filename="../app/cli/cmd_catalog.cpp" line="77" />
            <location filename="../app/cli/cmd_catalog.cpp" line="102" />
            <location filename="../app/cli/cmd_catalog.cpp" line="142" />
            <location filename="../app/cli/cmd_catalog.cpp" line="184" />
            <location filename="../app/cli/cmd_criteria.cpp" line="72" />
            <location filename="../app/cli/cmd_criteria.cpp" line="101" />
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="58" />
            <location filename="../app/cli/cmd_evidence.cpp" line="41" />
            <location filename="../app/cli/cmd_evidence.cpp" line="72" />
            <location filename="../app/cli/cmd_evidence.cpp" line="182" />
            <location filename="../app/cli/cmd_evidence.cpp" line="243" />
            <location filename="../app/cli/cmd_portfolio.cpp" line="15" />
            <location filename="../app/cli/cmd_server.cpp" line="99" />
            <location filename="../app/cli/cmd_status.cpp" line="65" />
            <location filename="../app/cli/cmd_status.cpp" line="118" />
            <source>Print JSON.</source>
            <translation>JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="43" />
            <location filename="../app/cli/cmd_server.cpp" line="71" />
            <source>Organisation id.</source>
            <translation>組織 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="56" />
            <source>there is no organisation %1</source>
            <translation>組織 %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="78" />
            <source>Only the products of this organisation.</source>
            <translation>この組織の製品だけを表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="100" />
            <location filename="../app/cli/cmd_workspace.cpp" line="101" />
            <source>Product id.</source>
            <translation>製品 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="104" />
            <source>Model number (repeatable; replaces the stored list).</source>
            <translation>型番（複数指定可。保存済みの一覧を置き換えます）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="105" />
            <location filename="../app/cli/cmd_workspace.cpp" line="79" />
            <source>Support period end date.</source>
            <translation>サポート期間の終了日。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="116" />
            <source>there is no product %1</source>
            <translation>製品 %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="143" />
            <source>Only the declarations of this product.</source>
            <translation>この製品の適合宣言だけを表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="26" />
            <location filename="../app/cli/cmd_assessment.cpp" line="116" />
            <location filename="../app/cli/cmd_catalog.cpp" line="182" />
            <location filename="../app/cli/cmd_changereport.cpp" line="16" />
            <location filename="../app/cli/cmd_changes.cpp" line="111" />
            <location filename="../app/cli/cmd_evidence.cpp" line="42" />
            <location filename="../app/cli/cmd_evidence.cpp" line="122" />
            <location filename="../app/cli/cmd_export.cpp" line="48" />
            <location filename="../app/cli/cmd_label.cpp" line="96" />
            <location filename="../app/cli/cmd_psti.cpp" line="18" />
            <location filename="../app/cli/cmd_psti.cpp" line="37" />
            <location filename="../app/cli/cmd_review.cpp" line="53" />
            <location filename="../app/cli/cmd_status.cpp" line="117" />
            <location filename="../app/cli/cmd_workspace.cpp" line="170" />
            <source>Declaration id.</source>
            <translation>宣言の ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="72" />
            <source>conflict: %1</source>
            <translation>競合: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="97" />
            <location filename="../app/cli/cmd_catalog.cpp" line="193" />
            <location filename="../app/cli/cmd_evidence.cpp" line="49" />
            <location filename="../app/cli/cmd_evidence.cpp" line="253" />
            <source>there is no declaration %1</source>
            <translation>適合宣言 %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="224" />
            <source>usage: hoshi-cli organisation add|list|show|set|remove WS ... (see --help of each)</source>
            <translation>使い方: hoshi-cli organisation add|list|show|set|remove WS ...（詳しくは各サブコマンドの --help）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="233" />
            <source>usage: hoshi-cli product add|list|show|set|remove WS ... (see --help of each)</source>
            <translation>使い方: hoshi-cli product add|list|show|set|remove WS ...（詳しくは各サブコマンドの --help）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="243" />
            <source>usage: hoshi-cli declaration new|set|carry-over|list|show|remove WS ... (see --help of each)</source>
            <translation>使い方: hoshi-cli declaration new|set|carry-over|list|show|remove WS ...（詳しくは各サブコマンドの --help）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changereport.cpp" line="17" />
            <source>Folder for the draft (created when missing).</source>
            <translation>下書きを書き出すフォルダー（なければ作成）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changereport.cpp" line="33" />
            <source>error: declaration %1 has no label baseline yet; record the label first (hoshi-cli label set).</source>
            <translation>エラー: 宣言 %1 にはまだラベルの基準点がありません。先にラベルを記録してください（hoshi-cli label set）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_changereport.cpp" line="52" />
            <source>%n change(s) since the label; this is a draft: Hoshi does not fill in IPA's official form.</source>
            <translation>
                <numerusform>ラベル取得以降の変更は %n 件です。これは下書きです。Hoshi は IPA の公式様式を記入しません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="27" />
            <source>error: declaration %1 has no %2 baseline yet</source>
            <translation>エラー: 適合宣言 %1 にはまだ %2 のベースラインがありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="55" />
            <source>Changes since the %1 baseline of %2 (by %3):</source>
            <translation>%2 の %1 ベースライン（%3）以降の変更:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="58" />
            <location filename="../app/cli/cmd_changes.cpp" line="98" />
            <source>  none</source>
            <translation>  なし</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_changes.cpp" line="62" />
            <source>Re-test plan: %n device test(s) to run again on firmware %1:</source>
            <translation>
                <numerusform>再テスト計画: ファームウェア %1 で再実施する実機テストが %n 件あります:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="96" />
            <source>Changes recorded since %1:</source>
            <translation>%1 以降に記録された変更:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="112" />
            <source>approval, export, label or a date (YYYY-MM-DD).</source>
            <translation>approval、export、label または日付（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="114" />
            <source>Print the changes as JSON.</source>
            <translation>変更を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="122" />
            <location filename="../app/cli/cmd_review.cpp" line="75" />
            <source>error: there is no declaration with the id %1</source>
            <translation>エラー: ID %1 の適合宣言はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="131" />
            <source>error: --since takes approval, export, label or a date YYYY-MM-DD, not "%1"</source>
            <translation>エラー: --since には approval、export、label または日付 YYYY-MM-DD を指定してください（「%1」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="62" />
            <location filename="../app/cli/cmd_export.cpp" line="132" />
            <source>warning: %1</source>
            <translation>警告: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="73" />
            <source>Also load criteria files from FOLDER (default: the user folder).</source>
            <translation>FOLDER の適合基準ファイルも読み込みます（既定: ユーザーフォルダー）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="89" />
            <source>%1	★%2	%3	%4 items	%5%6</source>
            <translation>%1	★%2	%3	%4 項目	%5%6</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="102" />
            <location filename="../app/cli/cmd_workspace.cpp" line="102" />
            <source>Criteria set id.</source>
            <translation>適合基準セット ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="106" />
            <source>error: criteria show takes one criteria set id</source>
            <translation>エラー: criteria show には適合基準セット ID を 1 つ指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="113" />
            <source>error: unknown criteria set %1 (see: hoshi-cli criteria list)</source>
            <translation>エラー: 適合基準セット %1 はありません（hoshi-cli criteria list で確認してください）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="122" />
            <source>level ★%1, %2, %3, published %4</source>
            <translation>レベル ★%1、%2、%3、公開日 %4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="126" />
            <source> vendor</source>
            <translation> 組織共通</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="129" />
            <source>    N/A when: %1</source>
            <translation>    対象外とできる条件: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="130" />
            <source>    N/A: never</source>
            <translation>    対象外: 不可</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="138" />
            <source>Criteria files to validate.</source>
            <translation>検証する適合基準ファイル。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="142" />
            <source>error: name at least one criteria file</source>
            <translation>エラー: 適合基準ファイルを 1 つ以上指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="149" />
            <source>%1: ok (%2, %3 items)</source>
            <translation>%1: OK（%2、%3 項目）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="174" />
            <source>usage: hoshi-cli criteria list|show|check|diff|migrate ...</source>
            <translation>使い方: hoshi-cli criteria list|show|check|diff|migrate ...</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="32" />
            <source>error: %1 is neither a criteria file nor a known criteria set id (see: hoshi-cli criteria list)</source>
            <translation>エラー: %1 は評価基準ファイルでも既知の基準 ID でもありません（hoshi-cli criteria list を参照）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="39" />
            <source>added</source>
            <translation>追加</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="40" />
            <source>removed</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="41" />
            <source>changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="59" />
            <source>Older criteria set: a file or a set id.</source>
            <translation>古い版の評価基準: ファイルまたは基準 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="60" />
            <source>Newer criteria set: a file or a set id.</source>
            <translation>新しい版の評価基準: ファイルまたは基準 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="64" />
            <source>error: criteria diff takes two criteria sets, OLD and NEW</source>
            <translation>エラー: criteria diff には 2 つの評価基準（OLD と NEW）を指定します</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="85" />
            <source>%1 → %2: %3 added, %4 removed, %5 changed</source>
            <translation>%1 → %2: 追加 %3 件、削除 %4 件、変更 %5 件</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="96" />
            <source>Write the format-2 file to FILE (default: replace FILE in place).</source>
            <translation>形式 2 のファイルを FILE に書き出します（既定: 元の FILE を置き換え）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="98" />
            <source>A format-1 criteria file.</source>
            <translation>形式 1 の評価基準ファイル。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="102" />
            <source>error: criteria migrate takes one criteria file</source>
            <translation>エラー: criteria migrate には評価基準ファイルを 1 つ指定します</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="115" />
            <source>error: %1: %2</source>
            <translation>エラー: %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="121" />
            <location filename="../app/cli/cmd_psti.cpp" line="60" />
            <source>error: cannot write %1: %2</source>
            <translation>エラー: %1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="124" />
            <source>%1: format 2 written to %2</source>
            <translation>%1: 形式 2 で %2 に書き出しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="43" />
            <source>Only the evidence backing this item.</source>
            <translation>この項目を裏付ける証跡だけを表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="70" />
            <location filename="../app/cli/cmd_evidence.cpp" line="181" />
            <source>Evidence id.</source>
            <translation>証跡 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="74" />
            <location filename="../app/cli/cmd_workspace.cpp" line="172" />
            <source>document or device-test.</source>
            <translation>document（文書確認）または device-test（実機テスト）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="75" />
            <location filename="../app/cli/cmd_workspace.cpp" line="173" />
            <source>Test date.</source>
            <translation>試験日。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="86" />
            <location filename="../app/cli/cmd_evidence.cpp" line="199" />
            <source>there is no evidence %1</source>
            <translation>証跡 %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="94" />
            <source>--kind is document or device-test</source>
            <translation>--kind は document または device-test です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="123" />
            <source>Print the new evidence ids as JSON.</source>
            <translation>新しい証跡 ID を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="126" />
            <source>JSON array of evidence records ("-" reads standard input); see docs/cli.md.</source>
            <translation>証跡レコードの JSON 配列（「-」で標準入力から読み込み）。形式は docs/cli.md を参照してください。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="135" />
            <source>name the JSON file to import</source>
            <translation>取り込む JSON ファイルを指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="139" />
            <source>cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="169" />
            <source>usage: hoshi-cli evidence add|import|list|show|set|remove WS ... (see --help of each)</source>
            <translation>使い方: hoshi-cli evidence add|import|list|show|set|remove WS ...（詳しくは各サブコマンドの --help）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="176" />
            <source>usage: hoshi-cli file list WS --evidence ID [--json]
       hoshi-cli file remove WS --file ID
       hoshi-cli file extract WS --file ID --out PATH ("-": standard output)</source>
            <translation>使い方: hoshi-cli file list WS --evidence ID [--json]
        hoshi-cli file remove WS --file ID
        hoshi-cli file extract WS --file ID --out PATH（「-」で標準出力）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="184" />
            <source>File id (see: hoshi-cli file list).</source>
            <translation>ファイル ID（hoshi-cli file list で確認できます）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="187" />
            <source>Where to write the content (refuses to overwrite; "-": standard output).</source>
            <translation>内容の書き出し先（上書きはしません。「-」で標準出力）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="212" />
            <source>there is no evidence file %1</source>
            <translation>証跡ファイル %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="217" />
            <source>--out is required</source>
            <translation>--out は必須です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="225" />
            <source>%1 exists already; nothing was written</source>
            <translation>%1 はすでに存在します。何も書き出していません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="229" />
            <location filename="../app/cli/cmd_evidence.cpp" line="233" />
            <source>cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="240" />
            <source>Only this declaration (and its organisation's vendor-wide answers).</source>
            <translation>この適合宣言（とその組織共通の回答）だけを表示します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="242" />
            <source>Only this item (with --declaration).</source>
            <translation>この項目だけを表示します（--declaration と併用）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="258" />
            <source>--item needs --declaration</source>
            <translation>--item には --declaration も指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="25" />
            <source>signature: none (the archive is not signed)</source>
            <translation>署名: なし（アーカイブは署名されていません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="27" />
            <source>signature: INVALID: %1</source>
            <translation>署名: 無効: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="31" />
            <source>self-signed certificate</source>
            <translation>自己署名証明書</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="32" />
            <source>certificate issued by %1, trusted by this system</source>
            <translation>%1 が発行した証明書、このシステムで信頼済み</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="33" />
            <source>certificate issued by %1, chain not checked</source>
            <translation>%1 が発行した証明書、証明書チェーンは未確認</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="34" />
            <source>signature: valid, signed by %1 (%2, %3)%4
  certificate SHA-256 fingerprint: %5
  compare this fingerprint with the one the manufacturer gave you%6</source>
            <translation>署名: 有効、署名者 %1（%2、%3）%4
  証明書の SHA-256 フィンガープリント: %5
  このフィンガープリントを製造元から受け取ったものと照合してください%6</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="38" />
            <source> on %1</source>
            <translation>、署名日時 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="39" />
            <source>
  note: %1</source>
            <translation>
  注記: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="49" />
            <source>Existing folder to write into.</source>
            <translation>書き出し先の既存フォルダー。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="50" />
            <source>PEM private key to sign the evidence archive with (an encrypted key reads its passphrase from HOSHI_KEY_PASSPHRASE).</source>
            <translation>証跡アーカイブの署名に使う PEM 形式の秘密鍵（暗号化された鍵のパスフレーズは HOSHI_KEY_PASSPHRASE から読み込みます）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="54" />
            <source>PEM certificate of the signing key.</source>
            <translation>署名鍵の PEM 形式の証明書。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="55" />
            <source>Do not write the application package.</source>
            <translation>申請パッケージを書き出しません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="56" />
            <source>Do not write the evidence archive.</source>
            <translation>証跡アーカイブを書き出しません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="58" />
            <source>Evidence request: an archive holding only these items' evidence, e.g. S1.1-04,S1.1-13 (no application package).</source>
            <translation>エビデンス提出要請への対応: 指定した項目のエビデンスだけを含むアーカイブ（例: S1.1-04,S1.1-13、申請パッケージなし）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="61" />
            <source>Checklist language in the application package: ja (default; Japanese with English) or en (English only, UK PSTI route).</source>
            <translation>申請パッケージのチェックリストの言語: ja（既定。日本語に英語を併記）または en（英語のみ。英国 PSTI ルート）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="68" />
            <source>error: --language is ja or en, not "%1"</source>
            <translation>エラー: --language には ja または en を指定してください（「%1」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="72" />
            <location filename="../app/cli/cmd_export.cpp" line="213" />
            <source>error: --out is required</source>
            <translation>エラー: --out は必須です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="76" />
            <source>error: --sign and --cert go together</source>
            <translation>エラー: --sign と --cert は両方指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="80" />
            <source>error: --no-package and --no-archive leave nothing to export</source>
            <translation>エラー: --no-package と --no-archive を両方指定すると、書き出すものがありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="108" />
            <source>exporting evidence: %1%</source>
            <translation>証跡を書き出し中: %1%</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="123" />
            <source>export refused: %1 Nothing was written.</source>
            <translation>書き出しを中止しました: %1 何も書き出していません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="128" />
            <source>Nothing was written.</source>
            <translation>何も書き出していません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="140" />
            <source>warning: the export was not recorded in the workspace: %1</source>
            <translation>警告: エクスポートはワークスペースに記録されませんでした: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="149" />
            <source>Evidence archive (.zip).</source>
            <translation>証跡アーカイブ（.zip）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="150" />
            <source>Print the full report as JSON.</source>
            <translation>検証結果のすべてを JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="154" />
            <source>error: give exactly one archive</source>
            <translation>エラー: アーカイブを 1 つだけ指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="159" />
            <source>error: %1 is not a file</source>
            <translation>エラー: %1 はファイルではありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="171" />
            <source>UNREADABLE: %1</source>
            <translation>読み取り不能: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="174" />
            <source>archive: %1</source>
            <translation>アーカイブ: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="175" />
            <source>bag: %1 (%2, export %3 of %4)</source>
            <translation>バッグ: %1（%2、エクスポート %3、%4）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="176" />
            <source>(root)</source>
            <translation>（ルート）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="178" />
            <source>declaration: %1 / %2 / %3</source>
            <translation>適合宣言: %1 / %2 / %3</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="183" />
            <source>subset: items %1 of export %2</source>
            <translation>部分アーカイブ: エクスポート %2 のうち項目 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="185" />
            <source>payload: %1 files, %2 bytes</source>
            <translation>ペイロード: %1 ファイル、%2 バイト</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="189" />
            <source>INTACT: every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match, nothing is missing or added.</source>
            <translation>完全: すべてのファイルが manifest-sha256.txt と manifest-sha512.txt に一致し、タグマニフェストも一致しています。欠落も追加もありません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="193" />
            <source>NOT INTACT: %1 problem(s)</source>
            <translation>不完全: 問題 %1 件</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="204" />
            <source>Folder for hoshi-signing-key.pem and hoshi-signing-cert.pem.</source>
            <translation>hoshi-signing-key.pem と hoshi-signing-cert.pem を書き出すフォルダー。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="206" />
            <source>Name in the certificate (default: the user name).</source>
            <translation>証明書に記載する名前（既定: ユーザー名）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="208" />
            <source>Validity in days (default %1).</source>
            <translation>有効期間の日数（既定 %1）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="221" />
            <source>error: --days takes a number of days from 1 to 36500</source>
            <translation>エラー: --days には 1 から 36500 までの日数を指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="236" />
            <source>subject: %1
certificate SHA-256 fingerprint: %2
Keep the key private. Give the fingerprint to whoever will check your archives.</source>
            <translation>サブジェクト: %1
証明書の SHA-256 フィンガープリント: %2
秘密鍵は他人に渡さないでください。フィンガープリントはアーカイブを検証する相手に伝えてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_findings.cpp" line="40" />
            <source>Imported %n finding(s) by %1 as comments on declaration %2: %3 accepted, %4 questions, %5 more evidence needed.</source>
            <translation>
                <numerusform>%1 の指摘 %n 件を適合宣言 %2 のコメントとして取り込みました: 了承 %3 件、質問 %4 件、追加エビデンス要求 %5 件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="49" />
            <source>The general remarks became a comment on the declaration.</source>
            <translation>全体所見は適合宣言へのコメントになりました。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="51" />
            <source>Signed by %1, certificate fingerprint (SHA-256) %2: compare it with the one the reviewer gave you.</source>
            <translation>%1 による署名、証明書フィンガープリント（SHA-256）%2: レビュー担当者から受け取った値と照合してください。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="54" />
            <source>The findings are not signed.</source>
            <translation>指摘ファイルには署名がありません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="56" />
            <source>Matched by the declaration's identity: the archive was exported before exports were recorded.</source>
            <translation>適合宣言の識別情報で照合しました: このアーカイブはエクスポートの記録が始まる前に作成されています。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="72" />
            <source>review import needs a workspace and a findings file.</source>
            <translation>review import にはワークスペースと指摘ファイルが必要です。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="40" />
            <location filename="../app/cli/cmd_label.cpp" line="45" />
            <source>(not recorded)</source>
            <translation>（未記録）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="83" />
            <source>error: --status is one of %1, not "%2"</source>
            <translation>エラー: --status は %1 のいずれかです（「%2」は不可）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="104" />
            <source>Text; an empty value clears it.</source>
            <translation>テキスト。空の値で消去します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="106" />
            <source>Date; an empty value clears it.</source>
            <translation>日付。空の値で消去します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="107" />
            <source>active, extension-in-progress, withdrawn, revoked or none.</source>
            <translation>active（有効）、extension-in-progress（失効猶予）、withdrawn（自主取下げ）、revoked（取消し）、none（なし）のいずれか。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="117" />
            <location filename="../app/cli/cmd_label.cpp" line="223" />
            <location filename="../app/cli/cmd_workspace.cpp" line="148" />
            <source>error: there is no declaration %1</source>
            <translation>エラー: 宣言 %1 はありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="129" />
            <source>Nothing was changed.</source>
            <translation>何も変更していません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="156" />
            <source>declaration %1: %2 (%3)</source>
            <translation>宣言 %1: %2（%3）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="157" />
            <source>application number: %1</source>
            <translation>申請番号: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="158" />
            <source>submitted on: %1</source>
            <translation>申請日: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="159" />
            <source>registration number: %1</source>
            <translation>登録番号: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="160" />
            <source>issued on: %1</source>
            <translation>発行日: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="161" />
            <source>valid until: %1</source>
            <translation>有効期限: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="162" />
            <source>last extension: %1</source>
            <translation>最終延長日: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="163" />
            <source>successor: %1</source>
            <translation>後継製品・ラベル: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="164" />
            <source>product page: %1</source>
            <translation>製品ページ: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_label.cpp" line="168" />
            <source> (%n day(s) left)</source>
            <translation>
                <numerusform>（残り %n 日）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="169" />
            <source>status: %1</source>
            <translation>状態: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="171" />
            <source>re-test plan (firmware %1):</source>
            <translation>再テスト計画（ファームウェア %1）:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="177" />
            <source>history:</source>
            <translation>履歴:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="186" />
            <source>Print the record as JSON.</source>
            <translation>ラベル情報を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="187" />
            <source>Judge the status as of this date (default: today).</source>
            <translation>この日付時点で状態を判断します（既定: 今日）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="208" />
            <source>The product's new firmware version.</source>
            <translation>製品の新しいファームウェアバージョン。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="209" />
            <source>Print the re-test plan as JSON.</source>
            <translation>再テスト計画を JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="241" />
            <source>firmware: %1 → %2</source>
            <translation>ファームウェア: %1 → %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="242" />
            <source>re-test plan: no device test needs to run again</source>
            <translation>再テスト計画: 再実施が必要な実機テストはありません</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_label.cpp" line="243" />
            <source>re-test plan: %n device test(s) to run again on %1</source>
            <translation>
                <numerusform>再テスト計画: %1 で再実施する実機テストが %n 件あります</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="253" />
            <source>PDF file to write.</source>
            <translation>書き出す PDF ファイル。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="305" />
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
            <location filename="../app/cli/cmd_portfolio.cpp" line="16" />
            <source>Also write the table as CSV (UTF-8 with BOM).</source>
            <translation>表を CSV（BOM 付き UTF-8）にも書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_portfolio.cpp" line="17" />
            <source>Also write the table as an Excel workbook.</source>
            <translation>表を Excel ブックにも書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_portfolio.cpp" line="46" />
            <source>Declaration</source>
            <translation>適合宣言</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_psti.cpp" line="17" />
            <source>The PSTI statement of compliance (PDF or other file).</source>
            <translation>PSTI 適合宣言書（PDF などのファイル）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_psti.cpp" line="22" />
            <source>usage: hoshi-cli psti-statement WS --declaration ID FILE</source>
            <translation>使い方: hoshi-cli psti-statement WS --declaration ID FILE</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_psti.cpp" line="38" />
            <source>Write the CSV to FILE instead of standard output.</source>
            <translation>CSV を標準出力ではなく FILE に書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="17" />
            <source>Also write the dates as an iCalendar file.</source>
            <translation>日付を iCalendar ファイルにも書き出します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="18" />
            <source>Judge as of this date (default: today).</source>
            <translation>この日付時点で判断します（既定: 今日）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="19" />
            <source>Days ahead to look (default %1).</source>
            <translation>何日先まで確認するか（既定 %1）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="21" />
            <source>Print the reminders as JSON.</source>
            <translation>リマインダーを JSON で出力します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="32" />
            <source>error: --within takes a number of days from 0 to 3650</source>
            <translation>エラー: --within には 0〜3650 の日数を指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="49" />
            <source>error: can not write %1: %2</source>
            <translation>エラー: %1 に書き込めません: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_reminders.cpp" line="60" />
            <source>nothing due within %n day(s)</source>
            <translation>
                <numerusform>%n 日以内に期限を迎えるものはありません</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="43" />
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
            <location filename="../app/cli/cmd_review.cpp" line="54" />
            <source>Criteria item the comment is about (comment).</source>
            <translation>コメントの対象とする評価項目（comment）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="55" />
            <source>Name of who comments, resolves, requests or decides.</source>
            <translation>コメント・解決・依頼・判断をする人の名前。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="56" />
            <source>Comment text (comment).</source>
            <translation>コメント本文（comment）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="57" />
            <source>Comment id (resolve).</source>
            <translation>コメント ID（resolve）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="58" />
            <source>Why changes are needed (reject).</source>
            <translation>修正が必要な理由（reject）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="59" />
            <source>Print JSON (list).</source>
            <translation>JSON で出力します（list）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="67" />
            <source>error: --author is required</source>
            <translation>エラー: --author は必須です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="109" />
            <source>review state: %1</source>
            <translation>レビュー状態: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="111" />
            <source>approved by %1 at %2 (fingerprint %3)%4</source>
            <translation>%1 が %2 に承認（フィンガープリント %3）%4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="113" />
            <source>, stale: the declaration changed since</source>
            <translation>、失効: その後に適合宣言が変更されています</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="115" />
            <source>  %1	%2	%3%4</source>
            <translation>  %1	%2	%3%4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="121" />
            <source>resolved by %1</source>
            <translation>%1 が解決</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="121" />
            <source>open</source>
            <translation>未解決</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_review.cpp" line="124" />
            <source>%n open comment(s)</source>
            <translation>
                <numerusform>未解決のコメント %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="144" />
            <source>declaration %1: %2</source>
            <translation>適合宣言 %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="154" />
            <source>error: there is no comment with the id %1</source>
            <translation>エラー: ID %1 のコメントはありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="209" />
            <source>on: a declaration must be approved (and unchanged since) before it can be exported.</source>
            <translation>on: 適合宣言は承認され、その後変更されていない場合にのみエクスポートできます。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="216" />
            <source>error: --require-approval takes on or off, not "%1"</source>
            <translation>エラー: --require-approval には on または off を指定してください（「%1」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="95" />
            <source>organisation %1: %2</source>
            <translation>組織 %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="97" />
            <source>  product %1: %2 (firmware %3)</source>
            <translation>  製品 %1: %2（ファームウェア %3）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="101" />
            <source>    declaration %1: %2 %3, %4/%5 assessed, %6</source>
            <translation>    適合宣言 %1: %2 %3、%4/%5 項目評価済み、%6</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="105" />
            <source>submittable</source>
            <translation>申請可能</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="106" />
            <source>%1 blocking problem(s)</source>
            <translation>申請を妨げる問題 %1 件</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="119" />
            <source>Do not re-hash the stored evidence files.</source>
            <translation>保存済みの証跡ファイルのハッシュを再計算しません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="150" />
            <source>submittable: no blocking problems, %1 warning(s)</source>
            <translation>申請可能: 申請を妨げる問題はありません。警告 %1 件</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="151" />
            <source>blocked: %1 blocking problem(s), %2 warning(s)</source>
            <translation>申請不可: 申請を妨げる問題 %1 件、警告 %2 件</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="24" />
            <source>error: the workspace has no organisation yet (hoshi-cli organisation add)</source>
            <translation>エラー: ワークスペースにまだ組織がありません（hoshi-cli organisation add で追加してください）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="25" />
            <source>error: the workspace has several organisations; name one with --organisation ID</source>
            <translation>エラー: ワークスペースに複数の組織があります。--organisation ID で指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="34" />
            <source>New workspace: a .hoshi file, or an empty database on a server (postgresql://...).</source>
            <translation>新しいワークスペース: .hoshi ファイル、またはサーバー上の空のデータベース（postgresql://...）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="35" />
            <source>Create a first organisation named NAME.</source>
            <translation>NAME という名前で最初の組織を作成します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="77" />
            <source>Organisation id (default: the only one).</source>
            <translation>組織 ID（既定: 唯一の組織）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="78" />
            <source>Model number (repeatable).</source>
            <translation>型番（複数指定可）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="103" />
            <source>standard or psti.</source>
            <translation>standard または psti。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="104" />
            <source>Declaration id (set).</source>
            <translation>適合宣言 ID（set で使用）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="105" />
            <source>Evaluation completion date (set).</source>
            <translation>評価完了日（set で使用）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="106" />
            <source>PSTI statement of compliance or its URL (set).</source>
            <translation>PSTI 適合声明またはその URL（set で使用）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="120" />
            <source>error: --route is standard or psti, not "%1"</source>
            <translation>エラー: --route は standard または psti です（「%1」は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="141" />
            <source>every answer carried over</source>
            <translation>すべての回答を引き継ぎました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="142" />
            <source>to assess again (new or changed): %1</source>
            <translation>再評価が必要な項目（新規または変更）: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="27" />
            <location filename="../app/cli/cmd_assessment.cpp" line="117" />
            <source>Item id, e.g. S1.1-04.</source>
            <translation>項目 ID（例: S1.1-04）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="28" />
            <source>conforming, not-applicable, non-conforming or not-assessed.</source>
            <translation>conforming（適合）、not-applicable（対象外）、non-conforming（不適合）、not-assessed（未評価）のいずれか。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="30" />
            <source>Justification (needed for not-applicable).</source>
            <translation>根拠（対象外とする場合は必須）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="31" />
            <source>Notes.</source>
            <translation>メモ。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="33" />
            <source>Save only while the answer still has this version (as "assessment show" printed it; 0 for an item never answered); otherwise change nothing and exit 3.</source>
            <translation>回答がまだこの版のときだけ保存します（"assessment show" が表示した版。未回答の項目は 0）。そうでなければ何も変更せず終了コード 3 で終わります。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="47" />
            <source>error: --expect-version takes a number from 0 on, not "%1"</source>
            <translation>エラー: --expect-version には 0 以上の数を指定してください（"%1" は使えません）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="60" />
            <source>error: --verdict is conforming, not-applicable, non-conforming or not-assessed</source>
            <translation>エラー: --verdict は conforming、not-applicable、non-conforming、not-assessed のいずれかです</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="101" />
            <source>%1 is not an item of declaration %2</source>
            <translation>%1 は適合宣言 %2 の項目ではありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="139" />
            <source>error: a batch line is a JSON array: ["assess", options...] or ["assessment", "show", options...]</source>
            <translation>エラー: batch の各行は JSON 配列です: ["assess", オプション...] または ["assessment", "show", オプション...]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="158" />
            <source>usage: hoshi-cli assessment show WS --declaration ID --item ITEM [--json]</source>
            <translation>使い方: hoshi-cli assessment show WS --declaration ID --item ITEM [--json]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="174" />
            <source>Standard input: one JSON array per line, an assess or assessment show command without the workspace, e.g. ["assess", "--declaration", "2", "--item", "S1.1-04", "--verdict", "conforming"]. Each line is answered at once with one line {"exit": N, "out": "...", "err": "..."} on standard output; the batch exits with the highest exit code of its lines.</source>
            <translation>標準入力: 1 行に JSON 配列を 1 つ。ワークスペースを省いた assess または assessment show のコマンドです（例: ["assess", "--declaration", "2", "--item", "S1.1-04", "--verdict", "conforming"]）。各行にはすぐ標準出力の 1 行 {"exit": N, "out": "...", "err": "..."} で答えます。batch の終了コードは各行の終了コードのうち最大のものです。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="171" />
            <source>Item the evidence backs (repeatable).</source>
            <translation>証跡が裏付ける項目（複数指定可）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="174" />
            <source>File to attach (repeatable).</source>
            <translation>添付するファイル（複数指定可）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="185" />
            <source>error: --kind is document or device-test</source>
            <translation>エラー: --kind は document または device-test です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="201" />
            <source>error: evidence %1 was added, but %2</source>
            <translation>エラー: 証跡 %1 は追加しましたが、%2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="227" />
            <source>%1: the server gave back the space of removed content</source>
            <translation>%1: 削除された内容の領域をサーバーが解放しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="229" />
            <source>%1: %2 -&gt; %3 bytes</source>
            <translation>%1: %2 → %3 バイト</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="236" />
            <source>New workspace to write the demo into: a .hoshi file, or an empty database on a server.</source>
            <translation>デモを書き込む新しいワークスペース: .hoshi ファイル、またはサーバー上の空のデータベース。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="248" />
            <source>demo written to %1</source>
            <translation>デモを %1 に書き出しました</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="249" />
            <source>complete declaration: %1 (submittable)</source>
            <translation>完成した適合宣言: %1（申請可能）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="250" />
            <source>in-progress declaration: %1 (blocked)</source>
            <translation>作業中の適合宣言: %1（申請不可）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="251" />
            <source>★3 draft declaration: %1</source>
            <translation>★3 の下書き適合宣言: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="78" />
            <source>usage: hoshi-cli COMMAND ...</source>
            <translation>使い方: hoshi-cli コマンド ...</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="79" />
            <source>Every command takes --help, and --lang ja|en to choose the language (default: the locale).</source>
            <translation>どのコマンドも --help でヘルプを表示し、--lang ja|en で言語を選べます（既定: ロケール）。</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="81" />
            <source>Exit codes: 0 success, 1 a negative answer (blocked, not intact), 2 usage or input error.</source>
            <translation>終了コード: 0 成功、1 否定的な結果（申請不可、不完全）、2 使い方または入力の誤り。</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="83" />
            <source>Exit code 3: not saved, someone else changed it since the version you named (--expect-version).</source>
            <translation>終了コード 3: 指定した版（--expect-version）の後に他の人が変更したため、保存していません。</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="164" />
            <source>hoshi-cli: unknown command "%1"</source>
            <translation>hoshi-cli: 不明なコマンド「%1」</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="16" />
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
            <location filename="../app/cli/cmd_server.cpp" line="26" />
            <source>Workspace database on a PostgreSQL server (postgresql://...), as its owner.</source>
            <translation>PostgreSQL サーバー上のワークスペースのデータベース（postgresql://...）。所有者として接続します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="31" />
            <source>error: the server address (URL) is missing</source>
            <translation>エラー: サーバーのアドレス（URL）がありません</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="61" />
            <source>%1: workspace ready; users and roles set up (preparer, reviewer, auditor). Give access with "hoshi-cli server grant".</source>
            <translation>%1: ワークスペースの準備ができ、ユーザーとロール（preparer、reviewer、auditor）を設定しました。アクセスは "hoshi-cli server grant" で付与します。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="69" />
            <source>User: a PostgreSQL role that can log in (createuser).</source>
            <translation>ユーザー: ログインできる PostgreSQL ロール（createuser）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="73" />
            <source>preparer, reviewer or auditor.</source>
            <translation>preparer（作成者）、reviewer（レビュー担当者）、auditor（監査担当者）のいずれか。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="90" />
            <source>error: --role is preparer, reviewer or auditor</source>
            <translation>エラー: --role は preparer、reviewer、auditor のいずれかです</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="33" />
            <source>copying file content: %1 of %2 MB</source>
            <translation>ファイル内容をコピー中: %1 / %2 MB</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="49" />
            <source>copied %1 record(s) and %2 bytes of file content to %3 (%4 bytes of content were already there)</source>
            <translation>%3 に %1 件のレコードと %2 バイトのファイル内容をコピーしました（%4 バイトの内容は既にありました）</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="53" />
            <source>note: %1</source>
            <translation>注: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="76" />
            <source>Nothing was copied.</source>
            <translation>何もコピーしていません。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="94" />
            <source>Workspace to copy (a .hoshi file).</source>
            <translation>コピーするワークスペース（.hoshi ファイル）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="96" />
            <source>Workspace on a server to copy into (postgresql://...): an empty database, or a workspace that holds none of the records' ids.</source>
            <translation>コピー先のサーバー上のワークスペース（postgresql://...）: 空のデータベース、またはコピーするレコードの ID をひとつも持たないワークスペース。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="101" />
            <source>error: push needs the workspace and the address to copy it to</source>
            <translation>エラー: push にはワークスペースとコピー先のアドレスが必要です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="118" />
            <source>Workspace on a server (postgresql://...).</source>
            <translation>サーバー上のワークスペース（postgresql://...）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="119" />
            <source>New workspace file (.hoshi) to write.</source>
            <translation>作成する新しいワークスペースファイル（.hoshi）。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="120" />
            <source>The organisation to copy.</source>
            <translation>コピーする組織。</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="124" />
            <source>error: pull needs the address to copy from and a new file to write</source>
            <translation>エラー: pull にはコピー元のアドレスと作成する新しいファイルが必要です</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="132" />
            <source>pull writes a new .hoshi file; %1 is a server address</source>
            <translation>pull は新しい .hoshi ファイルを作成します。%1 はサーバーのアドレスです</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="134" />
            <source>%1 already exists; pull writes a new file and never replaces one</source>
            <translation>%1 は既に存在します。pull は新しいファイルを作成し、既存のファイルを置き換えることはありません</translation>
        </message>
    </context>
    <context>
        <name>hoshi::storage::WorkspaceCopy</name>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="179" />
            <source>Cannot copy %1 into %2: %3</source>
            <translation>%1 を %2 にコピーできません: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="186" />
            <source>Copy cancelled; nothing was changed in %1.</source>
            <translation>コピーを取り消しました。%1 は何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="218" />
            <source>Only the owner of the workspace on %1 (or a superuser) can copy records into it with their original authors and times; %2 is neither.</source>
            <translation>%1 のワークスペースに、元の作成者と日時のままレコードをコピーできるのは、その所有者（またはスーパーユーザー）だけです。%2 はどちらでもありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="230" />
            <location filename="../core/storage/workspacecopy.cpp" line="271" />
            <location filename="../core/storage/workspacecopy.cpp" line="288" />
            <location filename="../core/storage/workspacecopy.cpp" line="336" />
            <location filename="../core/storage/workspacecopy.cpp" line="341" />
            <location filename="../core/storage/workspacecopy.cpp" line="375" />
            <location filename="../core/storage/workspacecopy.cpp" line="422" />
            <location filename="../core/storage/workspacecopy.cpp" line="428" />
            <location filename="../core/storage/workspacecopy.cpp" line="489" />
            <location filename="../core/storage/workspacecopy.cpp" line="556" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み取れません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="235" />
            <source>There is no organisation with the id %1 in %2.</source>
            <translation>%2 に ID %1 の組織はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="253" />
            <source>%1 has the column %2.%3, which %4 does not have; both workspaces must be opened with this version of Hoshi first.</source>
            <translation>%1 には列 %2.%3 がありますが、%4 にはありません。先に両方のワークスペースをこのバージョンの Hoshi で開いてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspacecopy.cpp" line="317" />
            <source>%1 %2 (%n record(s))</source>
            <translation>
                <numerusform>%1 %2（%n 件）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="322" />
            <source>%1 already holds records with the ids of records being copied: %2. Hoshi keeps ids when it copies (approvals, baselines and exports name them), so it copies only into a workspace that holds none of them, such as a new database.</source>
            <translation>%1 には、コピーするレコードと同じ ID のレコードが既にあります: %2。Hoshi はコピーの際に ID をそのまま保ちます（承認、ベースライン、出力が ID を含むため）。そのため、これらの ID をひとつも持たないワークスペース（新しいデータベースなど）にのみコピーします。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="345" />
            <source>%1 already holds a different criteria set with the id %2.</source>
            <translation>%1 には ID %2 の別の基準セットが既にあります。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="362" />
            <source>The setting %1 stays %2 in %3 (the copied workspace has %4).</source>
            <translation>%3 の設定 %1 は %2 のままです（コピー元のワークスペースでは %4）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="450" />
            <source>the column %1 is not known</source>
            <translation>列 %1 は不明です</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="504" />
            <source>The stored content %1 in %2 does not match its SHA-256; nothing was copied.</source>
            <translation>%2 に保存された内容 %1 が SHA-256 と一致しません。何もコピーしていません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="568" />
            <source>%1 and %2 are the same workspace.</source>
            <translation>%1 と %2 は同じワークスペースです。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="578" />
            <source>%1 holds the table(s) %2, which this version of Hoshi cannot copy.</source>
            <translation>%1 にはこのバージョンの Hoshi がコピーできないテーブル %2 があります。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="586" />
            <source>Cannot write to %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
    </context>
</TS>
