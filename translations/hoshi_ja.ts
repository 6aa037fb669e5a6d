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
            <location filename="../core/export/applicationpackageexporter.cpp" line="106" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 はすでに存在します。置き換えません。</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="113" />
            <source>Can not create the folder %1.</source>
            <translation>フォルダ %1 を作成できません。</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="160" />
            <source>Can not create %1: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="26" />
            <location filename="../core/export/applicationpackageexporter.cpp" line="179" />
            <source>Can not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="185" />
            <location filename="../core/export/applicationpackageexporter.cpp" line="191" />
            <source>Can not rename %1 to %2.</source>
            <translation>%1 の名前を %2 に変更できません。</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="37" />
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
            <location filename="../core/verify/archiveverifier.cpp" line="176" />
            <source>%1 is a ZIP archive but holds no BagIt bag (no bagit.txt or manifest).</source>
            <translation>%1 はZIPアーカイブですが、BagItのバッグ（bagit.txt またはマニフェスト）を含んでいません。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="180" />
            <source>%1 holds more than one BagIt bag (%2).</source>
            <translation>%1 には複数のBagItのバッグがあります（%2）。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="218" />
            <source>%1: "%2" is too large for a tag file (%3 bytes).</source>
            <translation>%1: 「%2」はタグファイルとしては大きすぎます（%3 バイト）。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="238" />
            <source>The verification was cancelled.</source>
            <translation>検証は中止されました。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="260" />
            <source>"%1" lies outside the bag folder "%2".</source>
            <translation>「%1」はバッグのフォルダ「%2」の外にあります。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="264" />
            <source>bagit.txt is missing.</source>
            <translation>bagit.txt がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="266" />
            <source>bagit.txt does not declare a BagIt version.</source>
            <translation>bagit.txt にBagItのバージョンが記載されていません。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="274" />
            <location filename="../core/verify/archiveverifier.cpp" line="332" />
            <source>%1 is missing.</source>
            <translation>%1 がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="280" />
            <location filename="../core/verify/archiveverifier.cpp" line="338" />
            <source>%1 can not be read: %2.</source>
            <translation>%1 を読み込めません: %2。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="285" />
            <source>%1 lists "%2", which is not a payload path.</source>
            <translation>%1 にペイロードのパスではない「%2」が記載されています。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="296" />
            <location filename="../core/verify/archiveverifier.cpp" line="351" />
            <source>%1 is missing (listed in %2).</source>
            <translation>%1 がありません（%2 に記載）。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="305" />
            <source>%1 was modified: its %2 is %3, the manifest says %4.</source>
            <translation>%1 は改変されています: %2 は %3 ですが、マニフェストでは %4 です。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="319" />
            <source>%1 was added: no manifest lists it.</source>
            <translation>%1 は追加されたものです: どのマニフェストにも記載がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="360" />
            <source>%1 was modified: its %2 is %3, %4 says %5.</source>
            <translation>%1 は改変されています: %2 は %3 ですが、%4 では %5 です。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="375" />
            <source>%1 was added: no tag manifest lists it.</source>
            <translation>%1 は追加されたものです: どのタグマニフェストにも記載がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="385" />
            <source>bag-info.txt is missing.</source>
            <translation>bag-info.txt がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="387" />
            <source>bag-info.txt gives no Payload-Oxum.</source>
            <translation>bag-info.txt に Payload-Oxum がありません。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="389" />
            <source>Payload-Oxum in bag-info.txt is %1, but the payload is %2 (bytes.files).</source>
            <translation>bag-info.txt の Payload-Oxum は %1 ですが、実際のペイロードは %2 です（バイト数.ファイル数）。</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="395" />
            <source>The signature of tagmanifest-sha256.txt is not valid: %1</source>
            <translation>tagmanifest-sha256.txt の署名が正しくありません: %1</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="401" />
            <source>The archive holds no data/declaration.json.</source>
            <translation>アーカイブに data/declaration.json がありません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AssessmentCommand</name>
        <message>
            <location filename="../forms/session/commands.cpp" line="16" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../forms/session/commands.cpp" line="19" />
            <source>%1: edit justification</source>
            <translation>%1: 理由を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/commands.cpp" line="22" />
            <source>%1: edit notes</source>
            <translation>%1: メモを編集</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditChecklistModel</name>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="111" />
            <source>Exempt (PSTI)</source>
            <translation>免除（PSTI）</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="148" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n 件変更</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="149" />
            <source>%n ok</source>
            <translation>
                <numerusform>%n 件OK</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="154" />
            <source>Files of this item's evidence that do not match the manifests: %n.</source>
            <translation>
                <numerusform>この項目のエビデンスのうち、マニフェストと一致しないファイル: %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="155" />
            <source>Every file of this item's evidence matches the manifests.</source>
            <translation>この項目のエビデンスのファイルはすべてマニフェストと一致しています。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="170" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="172" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="174" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="176" />
            <source>Method</source>
            <translation>評価手法</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="178" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="180" />
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
            <location filename="../forms/auditor/audititemview.cpp" line="137" />
            <source>%1. %2: %3</source>
            <translation>%1. %2: %3</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="150" />
            <source>SHA-256 (declaration): %1</source>
            <translation>SHA-256（適合宣言の記録）: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="153" />
            <source>Matches both manifests.</source>
            <translation>両方のマニフェストと一致しています。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="154" />
            <source>The archive does not hold this file.</source>
            <translation>このファイルはアーカイブにありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/audititemview.cpp" line="168" />
            <source>Files (%n)</source>
            <translation>
                <numerusform>ファイル（%n）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="172" />
            <source>Choose an item in the checklist.</source>
            <translation>チェックリストで項目を選んでください。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="172" />
            <source>No file backs this item.</source>
            <translation>この項目を裏付けるファイルはありません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="180" />
            <source>Document</source>
            <translation>文書</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="181" />
            <source>Number / version</source>
            <translation>文書番号・版</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="182" />
            <source>Pages</source>
            <translation>ページ</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="183" />
            <source>Chapter / section</source>
            <translation>章・節</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="184" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="185" />
            <source>Excerpt</source>
            <translation>抜粋</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="187" />
            <source>Procedure</source>
            <translation>手順</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="188" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="189" />
            <source>Test date</source>
            <translation>試験日</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="190" />
            <source>Tester</source>
            <translation>試験者</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="191" />
            <source>Firmware tested</source>
            <translation>試験したファームウェア</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="192" />
            <source>Environment</source>
            <translation>試験環境</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="197" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="200" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="208" />
            <source>Choose an item in the checklist to see its verdict and evidence.</source>
            <translation>チェックリストで項目を選ぶと、判定とエビデンスが表示されます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="221" />
            <source>vendor scope</source>
            <translation>事業者単位</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="221" />
            <source>product scope</source>
            <translation>製品単位</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="224" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="224" />
            <source>Exempt (PSTI)</source>
            <translation>免除（PSTI）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="226" />
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="227" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/audititemview.cpp" line="231" />
            <source>Evidence (%n)</source>
            <translation>
                <numerusform>エビデンス（%n）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="254" />
            <source>No file is attached to this evidence.</source>
            <translation>このエビデンスにはファイルが添付されていません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="268" />
            <source>the archive</source>
            <translation>アーカイブ</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="287" />
            <source>No temporary folder: %1</source>
            <translation>一時フォルダを作成できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="292" />
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="303" />
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="303" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="303" />
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="303" />
            <source>Path in the bag</source>
            <translation>バッグ内のパス</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="304" />
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="305" />
            <source>Copies the file out of the archive into a temporary folder and opens it with the desktop's application.</source>
            <translation>ファイルをアーカイブから一時フォルダに取り出し、デスクトップの既定のアプリケーションで開きます。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditorPage</name>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="325" />
            <source>No archive open</source>
            <translation>アーカイブが開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="326" />
            <source>Open a retained evidence archive with File ▸ Open evidence archive…</source>
            <translation>保管用のエビデンスアーカイブは ファイル ▸ エビデンスアーカイブを開く… で開きます。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="331" />
            <source>Checking the archive…</source>
            <translation>アーカイブを検証しています…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="332" />
            <source>Every file is read once and hashed; nothing is extracted.</source>
            <translation>すべてのファイルを一度ずつ読んでハッシュを計算します。展開はしません。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="337" />
            <source>Not checked: the verification was cancelled</source>
            <translation>未検証: 検証は中止されました</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="338" />
            <source>Open the archive again to check it.</source>
            <translation>検証するには、アーカイブをもう一度開いてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="347" />
            <source>… and %n more (see Files).</source>
            <translation>
                <numerusform>…ほか %n 件（「ファイル」タブを参照）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="368" />
            <source>Anyone can sign a forged archive with a key of their own: a valid signature says who signed only if the certificate's fingerprint is the manufacturer's.</source>
            <translation>偽造したアーカイブに自分の鍵で署名することは誰にでもできます。署名が有効でも、証明書のフィンガープリントが製造者のものと一致して初めて、誰が署名したかが分かります。</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="381" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="387" />
            <source>%1 · route: %2</source>
            <translation>%1 · 申請ルート: %2</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="403" />
            <source>Close archive</source>
            <translation>アーカイブを閉じる</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="404" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="406" />
            <source>Evidence archive (read-only): %1</source>
            <translation>エビデンスアーカイブ（読み取り専用）: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="407" />
            <source>Organisation:</source>
            <translation>組織:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="407" />
            <source>Product:</source>
            <translation>製品:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="407" />
            <source>Firmware:</source>
            <translation>ファームウェア:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="407" />
            <source>Criteria:</source>
            <translation>適合基準:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="408" />
            <source>Exported:</source>
            <translation>出力日時:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="408" />
            <source>Software:</source>
            <translation>ソフトウェア:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="408" />
            <source>Export id:</source>
            <translation>出力ID:</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="412" />
            <source>Checklist (%n item(s))</source>
            <translation>
                <numerusform>チェックリスト（%n 項目）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="413" />
            <source>Checklist</source>
            <translation>チェックリスト</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="415" />
            <source>Files (%n changed)</source>
            <translation>
                <numerusform>ファイル（%n 件変更）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="416" />
            <source>Files (%n)</source>
            <translation>
                <numerusform>ファイル（%n）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="417" />
            <source>Show only files with problems</source>
            <translation>問題のあるファイルだけを表示</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="421" />
            <source>Problems of the bag as a whole:</source>
            <translation>バッグ全体の問題:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="428" />
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
        <name>hoshi::ChecklistModel</name>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="79" />
            <source>Exempt (PSTI)</source>
            <translation>免除（PSTI）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="107" />
            <source>Vendor</source>
            <translation>事業者</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="107" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="112" />
            <source>Vendor scope: answered once for the organisation and shared by all its products.</source>
            <translation>事業者単位: 組織として一度回答し、その組織のすべての製品で共有します。</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="113" />
            <source>Product scope: answered for this product.</source>
            <translation>製品単位: この製品について回答します。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="124" />
            <source>%1: %2 (%n file(s))</source>
            <translation>
                <numerusform>%1: %2（ファイル %n 件）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="138" />
            <source>%n blocking</source>
            <translation>
                <numerusform>%n 件の阻害要因</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="139" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="139" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>警告 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="164" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="166" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="168" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="170" />
            <source>Method</source>
            <translation>評価手法</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="172" />
            <source>Scope</source>
            <translation>範囲</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="174" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="176" />
            <source>Problems</source>
            <translation>問題</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="182" />
            <source>D = document review, T = device test, D+T = both</source>
            <translation>D = 文書評価、T = 実機テスト、D+T = 両方</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistPage</name>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="112" />
            <source>Find item by ID or title (Ctrl+F)</source>
            <translation>IDまたは項目名で検索（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="113" />
            <source>Product details…</source>
            <translation>製品情報…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="114" />
            <source>Declaration details…</source>
            <translation>適合宣言の詳細…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="115" />
            <source>Export…</source>
            <translation>出力…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="116" />
            <source>Application package and evidence archive (Ctrl+Shift+E)</source>
            <translation>申請パッケージとエビデンスアーカイブ（Ctrl+Shift+E）</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="120" />
            <source>No declaration open</source>
            <translation>適合宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="121" />
            <source>Choose a declaration in the navigator, or create one with Edit ▸ New declaration.</source>
            <translation>ナビゲーターで適合宣言を選ぶか、［編集］▸［新しい適合宣言］で作成してください。</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="127" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="128" />
            <source>%1 · route: %2</source>
            <translation>%1 · 申請ルート: %2</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="130" />
            <source> · firmware %1</source>
            <translation> · ファームウェア %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistpage.cpp" line="135" />
            <source>%1 / %2 assessed · %n blocking problem(s)</source>
            <translation>
                <numerusform>%1 / %2 項目を評価済み · 申請を妨げる問題 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistXlsx</name>
        <message>
            <location filename="../core/export/checklistxlsx.cpp" line="27" />
            <source>Can not create %1.</source>
            <translation>%1 を作成できません。</translation>
        </message>
        <message>
            <location filename="../core/export/checklistxlsx.cpp" line="117" />
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
            <location filename="../forms/declaration/declarationeditor.cpp" line="69" />
            <source>No declaration open</source>
            <translation>適合宣言が開かれていません</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="77" />
            <source>Declaration for %1</source>
            <translation>%1 の適合宣言</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="81" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="82" />
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
            <location filename="../core/export/declarationjson.cpp" line="212" />
            <source>declaration.json is not valid JSON: %1</source>
            <translation>declaration.json は正しいJSONではありません: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="215" />
            <source>declaration.json is not a Hoshi declaration.</source>
            <translation>declaration.json はHoshiの適合宣言ではありません。</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="217" />
            <source>declaration.json was written by a newer Hoshi (format %1).</source>
            <translation>declaration.json は新しいバージョンのHoshiで書かれています（形式 %1）。</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="227" />
            <source>The criteria set in declaration.json can not be read: %1</source>
            <translation>declaration.json の適合基準を読み込めません: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="329" />
            <source>declaration.json assesses the item %1, which its criteria set does not have.</source>
            <translation>declaration.json は適合基準にない項目 %1 を評価しています。</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="334" />
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
        <name>hoshi::EvidenceArchiveExporter</name>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="204" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 はすでに存在します。置き換えません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="212" />
            <source>Can not create %1: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="124" />
            <location filename="../core/export/evidencearchiveexporter.cpp" line="245" />
            <source>The export was cancelled.</source>
            <translation>出力は中止されました。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="139" />
            <source>The stored content of "%1" has %2 bytes instead of %3. The workspace is damaged; nothing was exported.</source>
            <translation>「%1」の保存内容が %3 バイトではなく %2 バイトです。ワークスペースが破損しています。何も出力していません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="286" />
            <source>The stored content of "%1" no longer matches its SHA-256 (expected %2, found %3). The workspace is damaged; nothing was exported.</source>
            <translation>「%1」の保存内容がSHA-256と一致しなくなっています（期待値 %2、実際 %3）。ワークスペースが破損しています。何も出力していません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="355" />
            <source>Can not rename %1 to %2.</source>
            <translation>%1 の名前を %2 に変更できません。</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="156" />
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
            <location filename="../forms/evidence/evidenceeditor.ui" line="65" />
            <source>Document &amp;title:</source>
            <translation>文書名(&amp;T):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="71" />
            <source>e.g. User manual, security policy, web page title</source>
            <translation>例: 取扱説明書、セキュリティポリシー、Webページの題名</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="76" />
            <source>Number / &amp;version:</source>
            <translation>文書番号・版(&amp;V):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="85" />
            <source>&amp;Page(s):</source>
            <translation>ページ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="91" />
            <source>e.g. 14 or 14-16</source>
            <translation>例: 14 または 14-16</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="96" />
            <source>&amp;Chapter / section:</source>
            <translation>章・節(&amp;C):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="102" />
            <source>e.g. 3.2</source>
            <translation>例: 3.2</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="107" />
            <source>&amp;URL:</source>
            <translation>URL(&amp;U):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="123" />
            <source>E&amp;xcerpt:</source>
            <translation>抜粋(&amp;X):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="130" />
            <source>The passage that states the basis, quoted</source>
            <translation>根拠が書かれている箇所の引用</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="142" />
            <source>&amp;Procedure:</source>
            <translation>手順(&amp;P):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="149" />
            <source>What was done, step by step</source>
            <translation>実施した内容（手順ごと）</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="154" />
            <source>&amp;Result summary:</source>
            <translation>結果の概要(&amp;R):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="161" />
            <source>What the test showed</source>
            <translation>テストで確認できたこと</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="166" />
            <source>Test &amp;date:</source>
            <translation>試験日(&amp;D):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="182" />
            <source>T&amp;ester:</source>
            <translation>試験者(&amp;E):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="191" />
            <source>&amp;Firmware version tested:</source>
            <translation>試験したファームウェアのバージョン(&amp;F):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="205" />
            <source>En&amp;vironment:</source>
            <translation>試験環境(&amp;V):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="212" />
            <source>Test network, tools and their versions</source>
            <translation>試験用ネットワーク、使用したツールとそのバージョン</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="222" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="235" />
            <source>&amp;Attach files…</source>
            <translation>ファイルを添付(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="236" />
            <source>Ctrl+Shift+A; files can also be dropped here</source>
            <translation>Ctrl+Shift+A。ファイルはここにドロップしても添付できます</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="241" />
            <location filename="../forms/evidence/evidenceeditor.cpp" line="421" />
            <source>Remove file</source>
            <translation>ファイルを削除</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="254" />
            <source>Drop files anywhere on this page to attach them.</source>
            <translation>このページのどこにでもファイルをドロップすると添付できます。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="276" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="285" />
            <source>Backs these items</source>
            <translation>根拠とする項目</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="89" />
            <source>This does not look like a web address (https://…).</source>
            <translation>Webアドレス（https://…）ではないようです。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="116" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="117" />
            <source>Evidence must back at least one item. Remove it instead if it is no longer needed.</source>
            <translation>エビデンスは少なくとも1つの項目の根拠でなければなりません。不要になった場合は削除してください。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="135" />
            <source>Importing %1…</source>
            <translation>%1 を取り込み中…</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="198" />
            <source>No evidence selected</source>
            <translation>エビデンスが選択されていません</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="217" />
            <source>Document review for %1</source>
            <translation>%1 の文書評価</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="218" />
            <source>Device test for %1</source>
            <translation>%1 の実機テスト</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="249" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="252" />
            <source>%1
SHA-256: %2
Added %3</source>
            <translation>%1
SHA-256: %2
追加日時 %3</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="262" />
            <source>No file attached yet. Attach one with the button, or drop files here.</source>
            <translation>まだファイルが添付されていません。ボタンで添付するか、ここにファイルをドロップしてください。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="277" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="383" />
            <source>Attach evidence files</source>
            <translation>エビデンスのファイルを添付</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="393" />
            <location filename="../forms/evidence/evidenceeditor.cpp" line="405" />
            <source>Attach files</source>
            <translation>ファイルの添付</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="394" />
            <source>Another import is still running; wait for it or cancel it.</source>
            <translation>別の取り込みが実行中です。終わるまで待つか、キャンセルしてください。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="395" />
            <source>Files cannot be attached in this workspace.</source>
            <translation>このワークスペースにはファイルを添付できません。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="408" />
            <source>Import cancelled; nothing of the cancelled file was kept.</source>
            <translation>取り込みをキャンセルしました。キャンセルしたファイルは何も残っていません。</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="422" />
            <source>Remove %1 from this evidence? This cannot be undone.</source>
            <translation>%1 をこのエビデンスから削除しますか？ この操作は元に戻せません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidencePreview</name>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="54" />
            <source>p. %1: …%2 ▸ %3…</source>
            <translation>p. %1: …%2 ▸ %3…</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/preview/evidencepreview.cpp" line="246" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="256" />
            <source>Previous page</source>
            <translation>前のページ</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="257" />
            <source>Next page</source>
            <translation>次のページ</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="258" />
            <source>Zoom in</source>
            <translation>拡大</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="259" />
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="260" />
            <source>Fit to width</source>
            <translation>幅に合わせる</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="261" />
            <source>Search in the PDF</source>
            <translation>PDF内を検索</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="262" />
            <source>Use this page</source>
            <translation>このページを使う</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="263" />
            <source>Write the page shown into the page field of the document reference</source>
            <translation>表示中のページ番号を文書の参照箇所（ページ）に記入します</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="264" />
            <location filename="../forms/preview/evidencepreview.cpp" line="414" />
            <source>This PDF is protected by a password. Enter it to view the document (the password is not stored).</source>
            <translation>このPDFはパスワードで保護されています。表示するにはパスワードを入力してください（パスワードは保存されません）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="266" />
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="267" />
            <source>Attached files</source>
            <translation>添付ファイル</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="299" />
            <source>No file to preview.</source>
            <translation>プレビューするファイルがありません。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="327" />
            <source>No file attached to this evidence yet.</source>
            <translation>このエビデンスにはまだファイルが添付されていません。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="367" />
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="371" />
            <source>This PDF is too large to preview here (%1).</source>
            <translation>このPDFは大きすぎるため、ここではプレビューできません（%1）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="376" />
            <source>Cannot preview %1: no temporary file (%2).</source>
            <translation>%1 をプレビューできません: 一時ファイルを作成できません（%2）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="402" />
            <source>%1 (%2) cannot be previewed here; open it with another application.</source>
            <translation>%1（%2）はここではプレビューできません。別のアプリケーションで開いてください。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="466" />
            <source>Cannot read %1 from the workspace: %2</source>
            <translation>ワークスペースから %1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="399" />
            <source>%1 (%2) cannot be previewed here. It is kept in the workspace with its SHA-256.</source>
            <translation>%1（%2）はここではプレビューできません。ファイルはSHA-256とともにワークスペースに保存されています。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="426" />
            <source>This PDF cannot be shown: %1</source>
            <translation>このPDFは表示できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="456" />
            <source>That password is not correct. Try again.</source>
            <translation>パスワードが正しくありません。もう一度入力してください。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="467" />
            <source>Cannot read %1 from %2: %3</source>
            <translation>%2 から %1 を読み込めません: %3</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="474" />
            <source>the document has no pages.</source>
            <translation>文書にページがありません。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="476" />
            <source>the data is incomplete.</source>
            <translation>データが不完全です。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="478" />
            <source>the temporary copy was not found.</source>
            <translation>一時コピーが見つかりません。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="480" />
            <source>it is not a valid PDF file (damaged or of another type).</source>
            <translation>正しいPDFファイルではありません（破損しているか、別の形式のファイルです）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="482" />
            <source>the password is not correct.</source>
            <translation>パスワードが正しくありません。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="484" />
            <source>its encryption is not supported.</source>
            <translation>この暗号化方式には対応していません。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="488" />
            <source>unknown error.</source>
            <translation>不明なエラーです。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="494" />
            <source>This image is too large to preview here (%1).</source>
            <translation>この画像は大きすぎるため、ここではプレビューできません（%1）。</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="510" />
            <source>This image cannot be shown: %1</source>
            <translation>この画像は表示できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="543" />
            <source>[… preview shows the first %1 of %2]</source>
            <translation>［… %2 のうち先頭の %1 を表示しています］</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="597" />
            <source>of %1</source>
            <translation>/ %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportDialog</name>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="256" />
            <location filename="../forms/export/exportdialog.cpp" line="589" />
            <source>Cancelling… nothing will be left under the final names.</source>
            <translation>キャンセルしています…最終的なファイル名では何も残りません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="299" />
            <location filename="../forms/export/exportdialog.cpp" line="303" />
            <source>Export declaration</source>
            <translation>適合宣言の出力</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="301" />
            <source>Export %1 — %2</source>
            <translation>出力: %1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="304" />
            <source>&amp;Export</source>
            <translation>出力(&amp;E)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="305" />
            <location filename="../forms/export/exportdialog.cpp" line="336" />
            <location filename="../forms/export/exportdialog.cpp" line="383" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="305" />
            <location filename="../forms/export/exportdialog.cpp" line="383" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="308" />
            <source>Nothing has been written. Click a problem to go to it; export again once none is left.</source>
            <translation>何も出力していません。問題をクリックするとその箇所へ移動します。問題がなくなってから、もう一度出力してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="310" />
            <source>This declaration cannot be exported yet (%n blocking problem(s)).</source>
            <translation>
                <numerusform>この適合宣言はまだ出力できません（申請を妨げる問題が %n 件あります）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="312" />
            <source>Output &amp;folder:</source>
            <translation>出力先フォルダ(&amp;F):</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="314" />
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="315" />
            <source>Write:</source>
            <translation>出力するもの:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="316" />
            <source>&amp;Application package for IPA (checklist PDF, XLSX, CSV, application data, README)</source>
            <translation>IPAへの申請パッケージ(&amp;A)（チェックリストのPDF・XLSX・CSV、申請データ、README）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="317" />
            <source>Retained e&amp;vidence archive (BagIt ZIP with every evidence file, for auditors)</source>
            <translation>保管用エビデンスアーカイブ(&amp;V)（全エビデンスファイルを含むBagIt形式のZIP、監査用）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="318" />
            <source>Signature (optional)</source>
            <translation>署名（任意）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="319" />
            <source>&amp;Sign the evidence archive</source>
            <translation>エビデンスアーカイブに署名する(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="320" />
            <source>Private key (PEM):</source>
            <translation>秘密鍵（PEM）:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="321" />
            <source>Certificate (PEM):</source>
            <translation>証明書（PEM）:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="322" />
            <location filename="../forms/export/exportdialog.cpp" line="323" />
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="324" />
            <source>Key passphrase:</source>
            <translation>鍵のパスフレーズ:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="325" />
            <source>only for an encrypted key</source>
            <translation>暗号化された鍵の場合のみ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="326" />
            <source>Create a key pair…</source>
            <translation>鍵ペアを作成…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="327" />
            <source>Makes a self-signed ECDSA P-256 key and certificate in a folder you choose, named after the organisation.</source>
            <translation>選んだフォルダに、組織名を入れた自己署名のECDSA P-256の鍵と証明書を作成します。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="329" />
            <source>The signature covers every file of the archive. Give the certificate's fingerprint to whoever will check your archives.</source>
            <translation>署名はアーカイブ内のすべてのファイルを対象とします。証明書のフィンガープリントを、アーカイブを検証する相手に渡してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="332" />
            <source>Nothing blocks submission (%n warning(s)).</source>
            <translation>
                <numerusform>申請を妨げる問題はありません（警告 %n 件）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="333" />
            <source>Nothing blocks submission.</source>
            <translation>申請を妨げる問題はありません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="337" />
            <source>Open folder</source>
            <translation>フォルダを開く</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="361" />
            <source>No declaration is open.</source>
            <translation>適合宣言が開かれていません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="393" />
            <source>Export into folder</source>
            <translation>出力先フォルダ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="401" />
            <source>Signing certificate</source>
            <translation>署名用の証明書</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="401" />
            <source>Signing key</source>
            <translation>署名用の鍵</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="402" />
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation>PEMファイル (*.pem *.crt *.key);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="409" />
            <source>Folder for the new key pair</source>
            <translation>新しい鍵ペアを保存するフォルダ</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="412" />
            <source>Hoshi signing key</source>
            <translation>Hoshi 署名鍵</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="424" />
            <source>Created %1 and %2 (%3). Certificate fingerprint (SHA-256): %4. Keep the key private.</source>
            <translation>%1 と %2 を作成しました（%3）。証明書のフィンガープリント（SHA-256）: %4。鍵は他人に渡さないでください。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="464" />
            <source>Writing the application package…</source>
            <translation>申請パッケージを書き出しています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="464" />
            <source>Preparing the export…</source>
            <translation>出力の準備をしています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="466" />
            <source>Writing the evidence archive…</source>
            <translation>エビデンスアーカイブを書き出しています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="470" />
            <source>Checking the written archive…</source>
            <translation>書き出したアーカイブを検証しています…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="507" />
            <source>Export cancelled. Nothing was written.</source>
            <translation>出力をキャンセルしました。何も出力していません。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="508" />
            <source>The export failed and nothing was written: %1</source>
            <translation>出力に失敗しました。何も出力していません: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="516" />
            <source>Export complete: %n item(s) written to %1.</source>
            <translation>
                <numerusform>出力が完了しました: %1 に %n 件を書き出しました。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="520" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="526" />
            <source>application package (folder)</source>
            <translation>申請パッケージ（フォルダ）</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="534" />
            <source>application package (ZIP)</source>
            <translation>申請パッケージ（ZIP）</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="536" />
            <source>evidence archive, %n evidence file(s)</source>
            <translation>
                <numerusform>エビデンスアーカイブ、エビデンスファイル %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="544" />
            <source>The written archive was not checked (cancelled). Open it with File ▸ Open evidence archive to check it.</source>
            <translation>書き出したアーカイブは検証していません（キャンセル）。検証するには ファイル ▸ エビデンスアーカイブを開く で開いてください。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="549" />
            <source>Evidence archive checked after writing: %1.</source>
            <translation>書き出し後にエビデンスアーカイブを検証しました: %1。</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="556" />
            <source>Certificate SHA-256: %1 — give this fingerprint to whoever will check your archives.</source>
            <translation>証明書のSHA-256: %1 — このフィンガープリントを、アーカイブを検証する相手に渡してください。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportJob</name>
        <message>
            <location filename="../core/export/exportjob.cpp" line="56" />
            <source>Nothing to export: both the package and the archive were left out.</source>
            <translation>出力するものがありません。申請パッケージとエビデンスアーカイブの両方が除外されています。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="58" />
            <source>Signing needs both a key and a certificate.</source>
            <translation>署名には鍵と証明書の両方が必要です。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="61" />
            <source>The output folder %1 is not a folder.</source>
            <translation>出力先 %1 はフォルダではありません。</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="78" />
            <source>The output folder %1 does not exist and can not be created.</source>
            <translation>出力先フォルダ %1 が存在せず、作成もできません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/export/exportjob.cpp" line="73" />
            <source>The declaration can not be exported: %n blocking problem(s).</source>
            <translation>
                <numerusform>適合宣言を出力できません: 申請を妨げる問題が %n 件あります。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportPdf</name>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="148" />
            <source>No Japanese font (IPAGothic, package fonts-ipafont-gothic) was found; Japanese text in the PDFs will not be searchable.</source>
            <translation>日本語フォント（IPAGothic、パッケージ fonts-ipafont-gothic）が見つかりません。PDF内の日本語は検索できなくなります。</translation>
        </message>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="61" />
            <source>Writing PDF files needs a QGuiApplication (hoshi-cli creates one for export).</source>
            <translation>PDFファイルの作成には QGuiApplication が必要です（hoshi-cli は出力時に作成します）。</translation>
        </message>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="93" />
            <source>The PDF "%1" could not be produced.</source>
            <translation>PDF「%1」を作成できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportRunner</name>
        <message>
            <location filename="../forms/export/exportrunner.cpp" line="78" />
            <source>The export ended without a result.</source>
            <translation>出力が結果を返さずに終了しました。</translation>
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
        <name>hoshi::ItemPage</name>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="277" />
            <source>◀ Checklist</source>
            <translation>◀ チェックリスト</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="278" />
            <source>Back to the checklist (Esc)</source>
            <translation>チェックリストに戻る（Esc）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="279" />
            <source>Previous item (Ctrl+PgUp)</source>
            <translation>前の項目（Ctrl+PgUp）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="280" />
            <source>Next item (Ctrl+PgDown)</source>
            <translation>次の項目（Ctrl+PgDown）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="281" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="282" />
            <source>&amp;Conforming</source>
            <translation>適合(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="283" />
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="284" />
            <source>Not &amp;applicable</source>
            <translation>対象外(&amp;A)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="285" />
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="286" />
            <source>&amp;Non-conforming</source>
            <translation>不適合(&amp;N)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="287" />
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="288" />
            <source>Not assessed</source>
            <translation>未評価</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="289" />
            <source>Ctrl+4</source>
            <translation>Ctrl+4</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="290" />
            <source>Justification for not applicable</source>
            <translation>対象外とする理由</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="291" />
            <source>Why the N/A condition holds for this product (required for N/A)</source>
            <translation>この製品が対象外の条件に当てはまる理由（対象外とする場合は必須）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="292" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="293" />
            <source>Internal notes (not part of the declaration)</source>
            <translation>社内用のメモ（適合宣言には含まれません）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="294" />
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="295" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="295" />
            <source>Reference</source>
            <translation>参照先</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="295" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="296" />
            <source>Add document review</source>
            <translation>文書評価を追加</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="297" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="298" />
            <source>Add device test</source>
            <translation>実機テストを追加</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="299" />
            <source>Ctrl+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="300" />
            <source>Link existing ▾</source>
            <translation>既存のものを紐付け ▾</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="301" />
            <source>Let evidence recorded for another item back this one too</source>
            <translation>ほかの項目に記録したエビデンスを、この項目の根拠にも使います</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="302" />
            <location filename="../forms/itempage/itempage.cpp" line="505" />
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="303" />
            <source>Unlink</source>
            <translation>紐付けを解除</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="304" />
            <source>This evidence no longer backs this item (it stays for the others)</source>
            <translation>このエビデンスをこの項目の根拠から外します（ほかの項目には残ります）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="305" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="306" />
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="307" />
            <source>History</source>
            <translation>変更履歴</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="308" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="308" />
            <source>Who</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="308" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="346" />
            <source>No item selected</source>
            <translation>項目が選択されていません</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="367" />
            <source>vendor scope — answered once for %1, shared by all its products</source>
            <translation>事業者単位 — %1 として一度回答し、すべての製品で共有</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="369" />
            <source>product scope</source>
            <translation>製品単位</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="370" />
            <source>%1 · %2 · method %3 · item %4 of %5</source>
            <translation>%1 · %2 · 評価手法 %3 · %5 項目中 %4 番目</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="376" />
            <source>&lt;b&gt;N/A only when:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;対象外にできる条件:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="377" />
            <source>&lt;b&gt;N/A:&lt;/b&gt; never allowed for this item.</source>
            <translation>&lt;b&gt;対象外:&lt;/b&gt; この項目は対象外にできません。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="379" />
            <source>What to record: %1</source>
            <translation>記録する内容: %1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="382" />
            <source>Exempt on the UK PSTI route: PSTI compliance is deemed to meet this item; attach the PSTI statement of compliance to the declaration.</source>
            <translation>英国PSTIルートでは免除: PSTIへの適合をもってこの項目を満たすものとみなされます。PSTIの適合宣言書を適合宣言に添付してください。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="397" />
            <source>Not applicable is not an option for this item.</source>
            <translation>この項目は対象外を選べません。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="428" />
            <source>(not filled in yet)</source>
            <translation>（未記入）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="488" />
            <source>Select evidence to preview its files.</source>
            <translation>エビデンスを選ぶと、そのファイルをプレビューできます。</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="505" />
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="567" />
            <source>%1: %2 (%3)</source>
            <translation>%1: %2（%3）</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="576" />
            <source>No other evidence in this declaration</source>
            <translation>この適合宣言にはほかのエビデンスがありません</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/itempage.cpp" line="593" />
            <source>Remove this evidence and its %n file(s)? It also backs %1. This cannot be undone.</source>
            <translation>
                <numerusform>このエビデンスとファイル %n 件を削除しますか？ このエビデンスは %1 の根拠にもなっています。この操作は元に戻せません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/itempage.cpp" line="596" />
            <source>Remove this evidence and its %n file(s)? This cannot be undone.</source>
            <translation>
                <numerusform>このエビデンスとファイル %n 件を削除しますか？ この操作は元に戻せません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="598" />
            <source>Remove evidence</source>
            <translation>エビデンスの削除</translation>
        </message>
    </context>
    <context>
        <name>hoshi::KeyGenerator</name>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="64" />
            <source>The certificate needs a name.</source>
            <translation>証明書には名前が必要です。</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="66" />
            <source>Can not create the folder %1.</source>
            <translation>フォルダ %1 を作成できません。</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="71" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 はすでに存在します。置き換えません。</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="78" />
            <source>Key generation failed: %1</source>
            <translation>鍵を生成できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="84" />
            <source>No random numbers: %1</source>
            <translation>乱数を取得できません: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="104" />
            <source>The certificate could not be made: %1</source>
            <translation>証明書を作成できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="108" />
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
        <name>hoshi::MainWindow</name>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="66" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="214" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="423" />
            <source>Hoshi</source>
            <translation>Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="214" />
            <source>A file is still being imported. Cancel the import?</source>
            <translation>ファイルの取り込みが実行中です。取り込みをキャンセルしますか？</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="392" />
            <source>%1 can not be declared not applicable.</source>
            <translation>%1 は対象外にできません。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="426" />
            <source>%1 (evidence archive, read-only) — Hoshi</source>
            <translation>%1（エビデンスアーカイブ、読み取り専用） — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="430" />
            <source>Demo workspace</source>
            <translation>デモ用ワークスペース</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="431" />
            <source>%1 (read-only) — Hoshi</source>
            <translation>%1（読み取り専用） — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="431" />
            <source>%1 — Hoshi</source>
            <translation>%1 — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="432" />
            <source>Demo (temporary copy, discarded on exit)</source>
            <translation>デモ（一時コピー。終了時に破棄されます）</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="447" />
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="329" />
            <source>New workspace</source>
            <translation>新しいワークスペース</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="464" />
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="338" />
            <source>Open workspace</source>
            <translation>ワークスペースを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="482" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="488" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="494" />
            <source>Open demo</source>
            <translation>デモを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="482" />
            <source>Cannot create a temporary folder: %1</source>
            <translation>一時フォルダを作成できません: %1</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="224" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="225" />
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="226" />
            <source>&amp;Item</source>
            <translation>項目(&amp;I)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="227" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="228" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="229" />
            <source>Open &amp;recent</source>
            <translation>最近使ったワークスペース(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="230" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="231" />
            <source>&amp;New workspace…</source>
            <translation>新しいワークスペース(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="232" />
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="233" />
            <source>Open &amp;read-only…</source>
            <translation>読み取り専用で開く(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="234" />
            <source>Open &amp;demo</source>
            <translation>デモを開く(&amp;D)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="235" />
            <source>Open e&amp;vidence archive…</source>
            <translation>エビデンスアーカイブを開く(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="236" />
            <source>Auditor mode: verify a retained evidence archive and browse it read-only</source>
            <translation>監査モード: 保管用エビデンスアーカイブを検証し、読み取り専用で閲覧します</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="237" />
            <source>Close evidence arc&amp;hive</source>
            <translation>エビデンスアーカイブを閉じる(&amp;H)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="238" />
            <source>&amp;Export…</source>
            <translation>出力(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="239" />
            <source>Write the application package and the retained evidence archive</source>
            <translation>申請パッケージと保管用エビデンスアーカイブを書き出します</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="240" />
            <source>&amp;Close workspace</source>
            <translation>ワークスペースを閉じる(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="241" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="242" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="243" />
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="244" />
            <source>New &amp;organisation</source>
            <translation>新しい組織(&amp;O)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="245" />
            <source>New &amp;product</source>
            <translation>新しい製品(&amp;P)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="246" />
            <source>New &amp;declaration…</source>
            <translation>新しい適合宣言(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="247" />
            <source>&amp;Find item</source>
            <translation>項目を検索(&amp;F)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="248" />
            <source>&amp;Checklist</source>
            <translation>チェックリスト(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="249" />
            <source>&amp;Previous item</source>
            <translation>前の項目(&amp;P)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="250" />
            <source>&amp;Next item</source>
            <translation>次の項目(&amp;N)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="251" />
            <source>Set &amp;conforming</source>
            <translation>適合にする(&amp;C)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="252" />
            <source>Set not &amp;applicable</source>
            <translation>対象外にする(&amp;A)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="253" />
            <source>Set non-c&amp;onforming</source>
            <translation>不適合にする(&amp;O)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="254" />
            <source>Set not a&amp;ssessed</source>
            <translation>未評価に戻す(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="255" />
            <source>Add &amp;document review</source>
            <translation>文書評価を追加(&amp;D)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="256" />
            <source>Add device &amp;test</source>
            <translation>実機テストを追加(&amp;T)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="257" />
            <source>Next pro&amp;blem</source>
            <translation>次の問題(&amp;B)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="258" />
            <source>Previous prob&amp;lem</source>
            <translation>前の問題(&amp;L)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="259" />
            <source>P&amp;roduct details</source>
            <translation>製品情報(&amp;R)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="260" />
            <source>D&amp;eclaration details</source>
            <translation>適合宣言の詳細(&amp;E)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="261" />
            <source>&amp;System default</source>
            <translation>システムの設定に従う(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="265" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="266" />
            <source>&amp;About Hoshi</source>
            <translation>Hoshi について(&amp;A)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="267" />
            <source>Navigator</source>
            <translation>ナビゲーター</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="268" />
            <source>Blocking problems</source>
            <translation>申請を妨げる問題</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="270" />
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="311" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="318" />
            <source>Clear the list</source>
            <translation>一覧を消去</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="323" />
            <source>No recent workspaces</source>
            <translation>最近使ったワークスペースはありません</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="329" />
            <source>Hoshi workspaces (*.hoshi)</source>
            <translation>Hoshi ワークスペース (*.hoshi)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="337" />
            <source>Open workspace read-only</source>
            <translation>ワークスペースを読み取り専用で開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="339" />
            <source>Hoshi workspaces (*.hoshi);;All files (*)</source>
            <translation>Hoshi ワークスペース (*.hoshi);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="388" />
            <source>New organisation</source>
            <translation>新しい組織</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="399" />
            <source>Add an organisation first.</source>
            <translation>先に組織を追加してください。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="402" />
            <source>New product</source>
            <translation>新しい製品</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="444" />
            <source>Back (item → checklist, evidence → item)</source>
            <translation>戻る（項目 → チェックリスト、エビデンス → 項目）</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="445" />
            <source>Attach files (evidence page)</source>
            <translation>ファイルを添付（エビデンスのページ）</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="446" />
            <source>Save the text box now</source>
            <translation>入力中のテキストをすぐに保存</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="447" />
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="453" />
            <source>About Hoshi</source>
            <translation>Hoshi について</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="454" />
            <source>&lt;b&gt;Hoshi %1&lt;/b&gt;&lt;br&gt;A workbench for JC-STAR IoT security self-declarations.&lt;br&gt;Criteria texts are summaries; IPA's official Japanese documents are authoritative.</source>
            <translation>&lt;b&gt;Hoshi %1&lt;/b&gt;&lt;br&gt;JC-STAR（IoT製品のセキュリティラベリング制度）の自己適合宣言のための作業ツールです。&lt;br&gt;適合基準の文面は要約です。正式な内容はIPAの日本語原文に従ってください。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_archive.cpp" line="44" />
            <source>Open evidence archive</source>
            <translation>エビデンスアーカイブを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_archive.cpp" line="44" />
            <source>Evidence archives (*.zip);;All files (*)</source>
            <translation>エビデンスアーカイブ (*.zip);;すべてのファイル (*)</translation>
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
    </context>
    <context>
        <name>hoshi::NavigatorModel</name>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="57" />
            <source>Declaration %1</source>
            <translation>適合宣言 %1</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="72" />
            <source> · PSTI</source>
            <translation> · PSTI</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="74" />
            <source>★%1 %2%3 · %4/%5</source>
            <translation>★%1 %2%3 · %4/%5</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="75" />
            <source>%1
%2
Route: %3
%4 of %5 items assessed</source>
            <translation>%1
%2
申請ルート: %3
%5 項目中 %4 項目を評価済み</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="165" />
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
        <message>
            <location filename="../forms/product/organisationeditor.cpp" line="107" />
            <source>This does not look like a web address (https://…).</source>
            <translation>Webアドレス（https://…）ではないようです。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ProblemsPanel</name>
        <message>
            <location filename="../forms/problems/problemspanel.cpp" line="46" />
            <source>Open a declaration to see what blocks its submission.</source>
            <translation>適合宣言を開くと、申請を妨げている問題が表示されます。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/problems/problemspanel.cpp" line="52" />
            <source>%n problem(s) block submission.</source>
            <translation>
                <numerusform>申請を妨げる問題が %n 件あります。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/problems/problemspanel.cpp" line="53" />
            <source>Nothing blocks submission.</source>
            <translation>申請を妨げる問題はありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/problems/problemspanel.cpp" line="55" />
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
        <name>hoshi::SafeZipReader</name>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="113" />
            <source>The archive has not been opened.</source>
            <translation>アーカイブが開かれていません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="117" />
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="72" />
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
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="75" />
            <source>%1 is not a ZIP archive (or it is truncated).</source>
            <translation>%1 はZIPアーカイブではありません（または途中で切れています）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="81" />
            <source>Can not read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="91" />
            <source>%1 is not a complete ZIP archive: its end record is missing (the file may be truncated).</source>
            <translation>%1 は完全なZIPアーカイブではありません: 終端レコードがありません（ファイルが途中で切れている可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="110" />
            <source>%1 is damaged: its ZIP64 end record is missing.</source>
            <translation>%1 は破損しています: ZIP64の終端レコードがありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="121" />
            <source>%1 is a multi-part archive, which is not supported.</source>
            <translation>%1 は分割アーカイブです。分割アーカイブには対応していません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="123" />
            <source>%1 has %2 entries, more than the limit of %3.</source>
            <translation>%1 には %2 件のエントリがあり、上限の %3 件を超えています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="125" />
            <source>%1 has a central directory of %2 bytes, more than the limit of %3.</source>
            <translation>%1 のセントラルディレクトリは %2 バイトで、上限の %3 バイトを超えています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="128" />
            <source>%1 is damaged: its central directory lies outside the file (truncated?).</source>
            <translation>%1 は破損しています: セントラルディレクトリがファイルの外を指しています（途中で切れている可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="132" />
            <source>Can not read the central directory of %1.</source>
            <translation>%1 のセントラルディレクトリを読み込めません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="139" />
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="149" />
            <source>%1 is damaged: central directory entry %2 is broken.</source>
            <translation>%1 は破損しています: セントラルディレクトリのエントリ %2 が壊れています。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="188" />
            <source>%1: the entry name "%2" is not marked as UTF-8.</source>
            <translation>%1: エントリ名「%2」にUTF-8の指定がありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="192" />
            <source>%1: an entry name is not valid UTF-8.</source>
            <translation>%1: エントリ名が正しいUTF-8ではありません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="194" />
            <source>%1: the entry "%2" is encrypted, which is not supported.</source>
            <translation>%1: エントリ「%2」は暗号化されています。暗号化には対応していません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="196" />
            <source>%1: the entry "%2" uses compression method %3; only store and deflate are accepted.</source>
            <translation>%1: エントリ「%2」は圧縮方式 %3 を使っています。受け付けるのは無圧縮（store）とdeflateだけです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="205" />
            <source>%1: the entry "%2" is a symbolic link; only regular files are accepted.</source>
            <translation>%1: エントリ「%2」はシンボリックリンクです。受け付けるのは通常のファイルだけです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="208" />
            <source>%1: the entry "%2" is a device or other special file; only regular files are accepted.</source>
            <translation>%1: エントリ「%2」はデバイスなどの特殊ファイルです。受け付けるのは通常のファイルだけです。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="212" />
            <source>%1: the entry "%2" is marked as a file but named like a folder.</source>
            <translation>%1: エントリ「%2」はファイルとされていますが、フォルダのような名前です。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="221" />
            <source>%1: the entry "%2" has impossible sizes or offsets.</source>
            <translation>%1: エントリ「%2」のサイズまたは位置があり得ない値です。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="256" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="263" />
            <source>%1: the entry "%2" appears more than once.</source>
            <translation>%1: エントリ「%2」が複数回出現します。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="264" />
            <source>%1: the entries "%2" and "%3" differ only in letter case or Unicode normalisation.</source>
            <translation>%1: エントリ「%2」と「%3」は大文字・小文字またはUnicodeの正規化だけが異なります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="273" />
            <source>%1: the folder entry "%2" has content.</source>
            <translation>%1: フォルダのエントリ「%2」に内容があります。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="275" />
            <source>%1: the stored entry "%2" has inconsistent sizes.</source>
            <translation>%1: 無圧縮のエントリ「%2」のサイズが一致しません。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="277" />
            <source>%1: the entry "%2" would unpack to %3 bytes, more than the limit of %4.</source>
            <translation>%1: エントリ「%2」は展開すると %3 バイトになり、上限の %4 バイトを超えます。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="281" />
            <source>%1: the entry "%2" would unpack to %3 bytes from %4 (compression ratio above %5: a zip bomb?).</source>
            <translation>%1: エントリ「%2」は %4 バイトから %3 バイトに展開されます（圧縮率が %5 を超えています。ZIP爆弾の可能性があります）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="285" />
            <source>%1 would unpack to more than %2 bytes, the limit.</source>
            <translation>%1 は展開すると上限の %2 バイトを超えます。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="291" />
            <source>%1: the entry "%2" overlaps the next one (a zip bomb or a damaged archive).</source>
            <translation>%1: エントリ「%2」が次のエントリと重なっています（ZIP爆弾か、破損したアーカイブです）。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="307" />
            <source>%1: "%2" is both a file and a folder.</source>
            <translation>%1: 「%2」はファイルとフォルダの両方として存在します。</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="312" />
            <source>%1: the folders "%2" and "%3" differ only in letter case or Unicode normalisation.</source>
            <translation>%1: フォルダ「%2」と「%3」は大文字・小文字またはUnicodeの正規化だけが異なります。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Session</name>
        <message>
            <location filename="../forms/session/session.cpp" line="174" />
            <source>No workspace is open.</source>
            <translation>ワークスペースが開かれていません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="178" />
            <source>This workspace is open read-only; nothing can be changed.</source>
            <translation>このワークスペースは読み取り専用で開かれているため、変更できません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="236" />
            <source>This evidence no longer exists.</source>
            <translation>このエビデンスはもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="239" />
            <source>Edit evidence "%1"</source>
            <translation>エビデンス「%1」を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="248" />
            <source>This product no longer exists.</source>
            <translation>この製品はもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="251" />
            <source>Edit product "%1"</source>
            <translation>製品「%1」を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="260" />
            <source>This organisation no longer exists.</source>
            <translation>この組織はもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="263" />
            <source>Edit organisation "%1"</source>
            <translation>組織「%1」を編集</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="288" />
            <source>This declaration no longer exists.</source>
            <translation>この適合宣言はもう存在しません。</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="291" />
            <source>Edit declaration details</source>
            <translation>適合宣言の詳細を編集</translation>
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
        <name>hoshi::SubmissionGate</name>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="47" />
            <source>manufacturer name</source>
            <translation>製造事業者名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="48" />
            <source>product name</source>
            <translation>製品名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="49" />
            <source>model number</source>
            <translation>型番</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="50" />
            <source>product category</source>
            <translation>製品類型</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="51" />
            <source>firmware name</source>
            <translation>対象ファームウェア名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="52" />
            <source>conforming firmware version</source>
            <translation>適合ファームウェアのバージョン</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="53" />
            <source>support period end date</source>
            <translation>サポート期間の終了日</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="54" />
            <source>product inquiry contact</source>
            <translation>製品の問い合わせ先</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="55" />
            <source>vulnerability reporting contact</source>
            <translation>脆弱性の報告先</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="60" />
            <source>Product information: the %1 is missing.</source>
            <translation>製品情報: %1が入力されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="64" />
            <source>Product information: the support period ended on %1.</source>
            <translation>製品情報: サポート期間は %1 に終了しています。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="69" />
            <source>Product information: "%1" is not a valid web address.</source>
            <translation>製品情報: 「%1」は正しいWebアドレスではありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="77" />
            <source>UK PSTI route: the PSTI statement of compliance (or its URL) is missing.</source>
            <translation>英国PSTIルート: PSTIの適合宣言書（またはそのURL）がありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="80" />
            <source>The evaluation completion date is not set.</source>
            <translation>評価完了日が入力されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="92" />
            <source>result summary</source>
            <translation>結果の概要</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="94" />
            <source>test date</source>
            <translation>試験日</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="96" />
            <source>firmware version</source>
            <translation>ファームウェアのバージョン</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="98" />
            <source>an attached file</source>
            <translation>添付ファイル</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="119" />
            <source>the document title</source>
            <translation>文書名</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="121" />
            <source>where in it the basis is stated (page, chapter or URL)</source>
            <translation>根拠が記載されている箇所（ページ、章またはURL）</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="123" />
            <source>the attached SBOM file</source>
            <translation>SBOMファイルの添付</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="125" />
            <source>%1: the document review evidence lacks %2.</source>
            <translation>%1: 文書評価のエビデンスに%2がありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="125" />
            <source> and </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="129" />
            <source>%1: conforming, but no SBOM (document evidence with the SBOM file) is recorded.</source>
            <translation>%1: 適合としていますが、SBOM（SBOMファイルを添付した文書エビデンス）が記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="130" />
            <source>%1: conforming, but no document review evidence is recorded.</source>
            <translation>%1: 適合としていますが、文書評価のエビデンスが記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="150" />
            <source>%1: the device test evidence lacks %2.</source>
            <translation>%1: 実機テストのエビデンスに%2がありません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="150" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="155" />
            <source>%1: conforming, but no penetration test evidence is recorded.</source>
            <translation>%1: 適合としていますが、ペネトレーションテストのエビデンスが記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="156" />
            <source>%1: conforming, but no device test evidence is recorded.</source>
            <translation>%1: 適合としていますが、実機テストのエビデンスが記録されていません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="169" />
            <source>%1: not assessed yet.</source>
            <translation>%1: まだ評価していません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="173" />
            <source>%1: non-conforming. Nothing can be submitted while any item fails.</source>
            <translation>%1: 不適合です。不適合の項目が1つでもあると申請できません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="178" />
            <source>%1: this item can not be declared not applicable.</source>
            <translation>%1: この項目は対象外にできません。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="181" />
            <source>%1: not applicable needs a justification (allowed only when: %2).</source>
            <translation>%1: 対象外とするには理由が必要です（対象外にできる条件: %2）。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="196" />
            <source>%1: the document "%2" is referenced but not attached; keep a copy with the evidence.</source>
            <translation>%1: 文書「%2」を参照していますが添付されていません。写しをエビデンスとして保管してください。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="207" />
            <source>%1: the device test was run on firmware %2, but the declaration is for firmware %3.</source>
            <translation>%1: 実機テストはファームウェア %2 で実施されていますが、適合宣言の対象はファームウェア %3 です。</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="212" />
            <source>%1: the evidence file "%2" no longer matches its recorded SHA-256.</source>
            <translation>%1: エビデンスのファイル「%2」が記録されたSHA-256と一致しません。</translation>
        </message>
    </context>
    <context>
        <name>hoshi::VerdictStyle</name>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="187" />
            <source>document review</source>
            <translation>文書評価</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="190" />
            <source>device test</source>
            <translation>実機テスト</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="193" />
            <source>SBOM</source>
            <translation>SBOM</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="196" />
            <source>penetration test</source>
            <translation>ペネトレーションテスト</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="200" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="200" />
            <source> and </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>hoshi::VerificationText</name>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="11" />
            <source>Intact</source>
            <translation>完全: 改ざん・欠落なし</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="20" />
            <source>Not intact: %n file(s) changed (%1)</source>
            <translation>
                <numerusform>不完全: %n 件のファイルが変更されています（%1）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="24" />
            <source>Not intact: the signature does not match</source>
            <translation>不完全: 署名が一致しません</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="25" />
            <source>Not intact: %1</source>
            <translation>不完全: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="30" />
            <source>Unreadable or hostile: %1</source>
            <translation>読み込めない、または危険なアーカイブ: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="37" />
            <source>Every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match and nothing is missing or added: %n payload file(s), %1.</source>
            <translation>
                <numerusform>すべてのファイルが manifest-sha256.txt と manifest-sha512.txt に一致し、タグマニフェストも一致しています。欠けているファイルも追加されたファイルもありません: ペイロード %n ファイル、%1。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="54" />
            <source>Nothing was extracted from the archive. Ask the sender for an intact copy.</source>
            <translation>アーカイブからは何も取り出していません。送り主に完全なコピーを依頼してください。</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="61" />
            <source>Not signed</source>
            <translation>署名なし</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="63" />
            <source>Signed by %1 (%2, self-signed certificate), signature valid</source>
            <translation>署名者 %1（%2、自己署名証明書）、署名は有効</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="64" />
            <source>Signed by %1 (%2, certificate chained to a trusted CA), signature valid</source>
            <translation>署名者 %1（%2、信頼された認証局につながる証明書）、署名は有効</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="66" />
            <source>Signed by %1 (%2, certificate not chained to a trusted CA), signature valid</source>
            <translation>署名者 %1（%2、信頼された認証局につながらない証明書）、署名は有効</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="71" />
            <source>Signature invalid: %1</source>
            <translation>署名が無効です: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="72" />
            <source>Signed by %1, signature INVALID: %2</source>
            <translation>署名者 %1、署名は無効: %2</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="80" />
            <source>Certificate SHA-256: %1 — compare it with the fingerprint the manufacturer gave you.</source>
            <translation>証明書のSHA-256: %1 — 製造者から受け取ったフィンガープリントと照合してください。</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="90" />
            <source>ok</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="92" />
            <source>modified</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="94" />
            <source>missing</source>
            <translation>欠落</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="96" />
            <source>unlisted</source>
            <translation>未記載</translation>
        </message>
    </context>
    <context>
        <name>hoshi::WelcomePage</name>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="72" />
            <source>Hoshi</source>
            <translation>Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="73" />
            <source>A workbench for JC-STAR IoT security self-declarations: assess every item, keep the evidence with it, and see at once what still blocks submission. A workspace is one file; every change is saved as you make it.</source>
            <translation>JC-STARのIoTセキュリティ自己適合宣言のための作業ツールです。すべての項目を評価し、エビデンスをその項目とともに保管し、申請を妨げている問題をすぐに確認できます。ワークスペースは1つのファイルで、変更はその都度保存されます。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="76" />
            <source>New workspace…</source>
            <translation>新しいワークスペース…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="77" />
            <source>Open workspace…</source>
            <translation>ワークスペースを開く…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="78" />
            <source>Open the demo</source>
            <translation>デモを開く</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="79" />
            <source>Check an evidence archive…</source>
            <translation>エビデンスアーカイブを検証…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="80" />
            <source>Auditor mode: verify a retained evidence archive (.zip) and browse it read-only.</source>
            <translation>監査モード: 保管用エビデンスアーカイブ（.zip）を検証し、読み取り専用で閲覧します。</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="81" />
            <source>Recent workspaces</source>
            <translation>最近使ったワークスペース</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="89" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="95" />
            <source>(none yet)</source>
            <translation>（まだありません）</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Workspace</name>
        <message>
            <location filename="../core/storage/workspace.cpp" line="111" />
            <source>%1 already exists; choose another name or open it instead.</source>
            <translation>%1 はすでに存在します。別の名前にするか、そのファイルを開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="115" />
            <source>The folder for %1 does not exist.</source>
            <translation>%1 を作成するフォルダが存在しません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="122" />
            <source>Cannot create %1: another program is creating it.</source>
            <translation>%1 を作成できません: ほかのプログラムが作成中です。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="139" />
            <source>%1 does not exist.</source>
            <translation>%1 は存在しません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="143" />
            <location filename="../core/storage/workspace_files.cpp" line="90" />
            <source>%1 is not a file.</source>
            <translation>%1 はファイルではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="148" />
            <source>%1 is not a Hoshi workspace (it is not an SQLite database file, or it is empty or cut short).</source>
            <translation>%1 はHoshiのワークスペースではありません（SQLiteのデータベースファイルではないか、空であるか、途中で切れています）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="153" />
            <source>%1 is an SQLite database but not a Hoshi workspace.</source>
            <translation>%1 はSQLiteのデータベースですが、Hoshiのワークスペースではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="159" />
            <source>%1 is damaged: the file is shorter than its own header says (%2 of %3 bytes); it was probably truncated while copying. Restore it from a backup.</source>
            <translation>%1 は破損しています: ファイルがヘッダーの記載より短くなっています（%3 バイト中 %2 バイト）。コピー中に途中で切れた可能性があります。バックアップから復元してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="173" />
            <source>%1 is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
            <translation>%1 はすでに %2 で開かれています（%4 のプロセス %3）。先にそちらで閉じるか、読み取り専用で開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="179" />
            <source>%1 cannot be locked for writing (is the folder read-only?). Open it read-only instead.</source>
            <translation>%1 を書き込み用にロックできません（フォルダが読み取り専用ではありませんか？）。読み取り専用で開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="214" />
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="228" />
            <source>%1 cannot be used: %2</source>
            <translation>%1 は使用できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="245" />
            <source>%1 is damaged and cannot be read: %2</source>
            <translation>%1 は破損しているため読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="250" />
            <source>%1 is damaged (%2). Restore it from a backup.</source>
            <translation>%1 は破損しています（%2）。バックアップから復元してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="265" />
            <source>%1 cannot be read: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="271" />
            <source>%1 was written by a newer Hoshi (format %2; this version reads up to %3). Update Hoshi to open it.</source>
            <translation>%1 は新しいバージョンのHoshiで書かれています（形式 %2。このバージョンが読めるのは %3 まで）。開くにはHoshiを更新してください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="278" />
            <source>%1 uses an older format and must be upgraded; open it for writing once.</source>
            <translation>%1 は古い形式のため、更新が必要です。一度、書き込み可能な状態で開いてください。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="286" />
            <source>Cannot back up %1 before upgrading it: %2</source>
            <translation>更新の前に %1 をバックアップできません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="295" />
            <source>Cannot upgrade %1 to format %2: %3</source>
            <translation>%1 を形式 %2 に更新できません: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="305" />
            <source>Cannot initialise %1: %2</source>
            <translation>%1 を初期化できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="310" />
            <source>Cannot upgrade %1: %2</source>
            <translation>%1 を更新できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="320" />
            <source>Cannot read the criteria stored in %1: %2</source>
            <translation>%1 に保存された適合基準を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="326" />
            <source>The criteria set %1 stored in %2 is invalid: %3</source>
            <translation>%2 に保存された適合基準 %1 が正しくありません: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="339" />
            <source>%1 is open read-only; nothing can be changed.</source>
            <translation>%1 は読み取り専用で開かれているため、変更できません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="428" />
            <source>Cannot compact %1: %2</source>
            <translation>%1 を最適化（圧縮）できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="120" />
            <location filename="../core/storage/workspace_files.cpp" line="216" />
            <location filename="../core/storage/workspace_files.cpp" line="257" />
            <location filename="../core/storage/workspaceutil.h" line="39" />
            <source>Cannot save: %1</source>
            <translation>保存できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="363" />
            <source>This workspace already holds a different criteria set with the id %1.</source>
            <translation>このワークスペースには、ID %1 の別の適合基準がすでにあります。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="368" />
            <source>Cannot store the criteria set %1: %2</source>
            <translation>適合基準 %1 を保存できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="118" />
            <source>%1 is not an item of %2.</source>
            <translation>%1 は %2 の項目ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="119" />
            <location filename="../core/storage/workspace_assessments.cpp" line="226" />
            <location filename="../core/storage/workspace_assessments.cpp" line="359" />
            <location filename="../core/storage/workspace_catalog.cpp" line="342" />
            <location filename="../core/storage/workspace_snapshot.cpp" line="16" />
            <source>There is no declaration with the id %1.</source>
            <translation>ID %1 の適合宣言はありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="132" />
            <location filename="../core/storage/workspace_assessments.cpp" line="151" />
            <source>Cannot record the assessment of %1: %2</source>
            <translation>%1 の評価を記録できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="158" />
            <source>Verdict: %1 → %2</source>
            <translation>判定: %1 → %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="161" />
            <source>Justification: %1</source>
            <translation>理由: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="163" />
            <source>Notes: %1</source>
            <translation>メモ: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="230" />
            <source>Evidence must back at least one item.</source>
            <translation>エビデンスは少なくとも1つの項目の根拠でなければなりません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="241" />
            <source>Cannot add the evidence: %1</source>
            <translation>エビデンスを追加できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="250" />
            <location filename="../core/storage/workspace_assessments.cpp" line="296" />
            <source>Cannot link the evidence to %1: %2</source>
            <translation>エビデンスを %1 に紐付けられません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="254" />
            <source>%1 evidence added: %2</source>
            <translation>%1のエビデンスを追加: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="272" />
            <source>Cannot update the evidence: %1</source>
            <translation>エビデンスを更新できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="275" />
            <source>Evidence edited: %1</source>
            <translation>エビデンスを編集: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="287" />
            <location filename="../core/storage/workspace_assessments.cpp" line="328" />
            <location filename="../core/storage/workspace_files.cpp" line="83" />
            <location filename="../core/storage/workspace_files.cpp" line="229" />
            <source>There is no evidence with the id %1.</source>
            <translation>ID %1 のエビデンスはありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="299" />
            <source>Evidence linked: %1</source>
            <translation>エビデンスを紐付け: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="313" />
            <source>That evidence does not back %1.</source>
            <translation>そのエビデンスは %1 の根拠ではありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="316" />
            <source>Evidence %1 unlinked</source>
            <translation>エビデンス %1 の紐付けを解除</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="332" />
            <source>Evidence removed: %1</source>
            <translation>エビデンスを削除: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="339" />
            <source>Cannot remove the evidence: %1</source>
            <translation>エビデンスを削除できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="387" />
            <source>Carried over from declaration %1 (%2); to review: %3</source>
            <translation>適合宣言 %1（%2）から引き継ぎました。見直しが必要: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="388" />
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
            <location filename="../core/storage/workspace_catalog.cpp" line="356" />
            <source>Cannot update the declaration: %1</source>
            <translation>適合宣言を更新できません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="359" />
            <source>Declaration details edited</source>
            <translation>適合宣言の詳細を編集</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="69" />
            <source>Cannot attach %1: %2</source>
            <translation>%1 を添付できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="73" />
            <source>File attached: %1 (%2 bytes)</source>
            <translation>ファイルを添付: %1（%2 バイト）</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="95" />
            <location filename="../core/storage/workspace_files.cpp" line="163" />
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="135" />
            <location filename="../core/storage/workspace_files.cpp" line="203" />
            <location filename="../core/storage/workspace_files.cpp" line="209" />
            <location filename="../core/storage/workspace_files.cpp" line="241" />
            <location filename="../core/storage/workspace_files.cpp" line="248" />
            <source>Cannot store %1: %2</source>
            <translation>%1 を保存できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="177" />
            <location filename="../core/storage/workspace_files.cpp" line="184" />
            <source>Cannot store %1: %2 (is the disk full?)</source>
            <translation>%1 を保存できません: %2（ディスクがいっぱいではありませんか？）</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="186" />
            <source>Import of %1 cancelled.</source>
            <translation>%1 の取り込みを中止しました。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="269" />
            <source>There is no evidence file with the id %1.</source>
            <translation>ID %1 のエビデンスファイルはありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="273" />
            <source>File removed: %1</source>
            <translation>ファイルを削除: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="279" />
            <source>Cannot remove %1: %2</source>
            <translation>%1 を削除できません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="291" />
            <source>Cannot read stored content %1: %2</source>
            <translation>保存された内容 %1 を読み込めません: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="298" />
            <source>Reading stored content %1 was stopped.</source>
            <translation>保存された内容 %1 の読み込みを中止しました。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="303" />
            <location filename="../core/storage/workspace_files.cpp" line="330" />
            <source>The workspace holds no content %1.</source>
            <translation>ワークスペースに内容 %1 がありません。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="315" />
            <source>Cannot write: %1</source>
            <translation>書き込めません: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="344" />
            <source>Stored content no longer matches its SHA-256 (expected %1, found %2; %3 of %4 bytes).</source>
            <translation>保存された内容がSHA-256と一致しません（期待値 %1、実際 %2、%4 バイト中 %3 バイト）。</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_snapshot.cpp" line="21" />
            <source>Declaration %1 is incomplete in this workspace.</source>
            <translation>適合宣言 %1 はこのワークスペース内で不完全です。</translation>
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
</TS>
