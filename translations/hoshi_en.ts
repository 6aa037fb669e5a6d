<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>HashStream</name>
        <message>
            <location filename="../core/util/hashstream.cpp" line="57" />
            <location filename="../core/util/hashstream.cpp" line="66" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ApplicationPackageExporter</name>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="106" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 already exists; it is not replaced.</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="113" />
            <source>Can not create the folder %1.</source>
            <translation>Can not create the folder %1.</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="160" />
            <source>Can not create %1: %2</source>
            <translation>Can not create %1: %2</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="26" />
            <location filename="../core/export/applicationpackageexporter.cpp" line="179" />
            <source>Can not write %1: %2</source>
            <translation>Can not write %1: %2</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="185" />
            <location filename="../core/export/applicationpackageexporter.cpp" line="191" />
            <source>Can not rename %1 to %2.</source>
            <translation>Can not rename %1 to %2.</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="37" />
            <source>Can not read %1: %2</source>
            <translation>Can not read %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ArchiveContent</name>
        <message>
            <location filename="../forms/auditor/archivecontent.cpp" line="29" />
            <location filename="../forms/auditor/archivecontent.cpp" line="41" />
            <source>The archive holds no file %1.</source>
            <translation>The archive holds no file %1.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ArchiveVerifier</name>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="176" />
            <source>%1 is a ZIP archive but holds no BagIt bag (no bagit.txt or manifest).</source>
            <translation>%1 is a ZIP archive but holds no BagIt bag (no bagit.txt or manifest).</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="180" />
            <source>%1 holds more than one BagIt bag (%2).</source>
            <translation>%1 holds more than one BagIt bag (%2).</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="218" />
            <source>%1: "%2" is too large for a tag file (%3 bytes).</source>
            <translation>%1: "%2" is too large for a tag file (%3 bytes).</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="238" />
            <source>The verification was cancelled.</source>
            <translation>The verification was cancelled.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="260" />
            <source>"%1" lies outside the bag folder "%2".</source>
            <translation>"%1" lies outside the bag folder "%2".</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="264" />
            <source>bagit.txt is missing.</source>
            <translation>bagit.txt is missing.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="266" />
            <source>bagit.txt does not declare a BagIt version.</source>
            <translation>bagit.txt does not declare a BagIt version.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="274" />
            <location filename="../core/verify/archiveverifier.cpp" line="332" />
            <source>%1 is missing.</source>
            <translation>%1 is missing.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="280" />
            <location filename="../core/verify/archiveverifier.cpp" line="338" />
            <source>%1 can not be read: %2.</source>
            <translation>%1 can not be read: %2.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="285" />
            <source>%1 lists "%2", which is not a payload path.</source>
            <translation>%1 lists "%2", which is not a payload path.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="296" />
            <location filename="../core/verify/archiveverifier.cpp" line="351" />
            <source>%1 is missing (listed in %2).</source>
            <translation>%1 is missing (listed in %2).</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="305" />
            <source>%1 was modified: its %2 is %3, the manifest says %4.</source>
            <translation>%1 was modified: its %2 is %3, the manifest says %4.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="319" />
            <source>%1 was added: no manifest lists it.</source>
            <translation>%1 was added: no manifest lists it.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="360" />
            <source>%1 was modified: its %2 is %3, %4 says %5.</source>
            <translation>%1 was modified: its %2 is %3, %4 says %5.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="375" />
            <source>%1 was added: no tag manifest lists it.</source>
            <translation>%1 was added: no tag manifest lists it.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="385" />
            <source>bag-info.txt is missing.</source>
            <translation>bag-info.txt is missing.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="387" />
            <source>bag-info.txt gives no Payload-Oxum.</source>
            <translation>bag-info.txt gives no Payload-Oxum.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="389" />
            <source>Payload-Oxum in bag-info.txt is %1, but the payload is %2 (bytes.files).</source>
            <translation>Payload-Oxum in bag-info.txt is %1, but the payload is %2 (bytes.files).</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="395" />
            <source>The signature of tagmanifest-sha256.txt is not valid: %1</source>
            <translation>The signature of tagmanifest-sha256.txt is not valid: %1</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="401" />
            <source>The archive holds no data/declaration.json.</source>
            <translation>The archive holds no data/declaration.json.</translation>
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
            <translation>%1: edit justification</translation>
        </message>
        <message>
            <location filename="../forms/session/commands.cpp" line="22" />
            <source>%1: edit notes</source>
            <translation>%1: edit notes</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditChecklistModel</name>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="111" />
            <source>Exempt (PSTI)</source>
            <translation>Exempt (PSTI)</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="148" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="149" />
            <source>%n ok</source>
            <translation>
                <numerusform>%n ok</numerusform>
                <numerusform>%n ok</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="154" />
            <source>Files of this item's evidence that do not match the manifests: %n.</source>
            <translation>
                <numerusform>Files of this item's evidence that do not match the manifests: %n.</numerusform>
                <numerusform>Files of this item's evidence that do not match the manifests: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="155" />
            <source>Every file of this item's evidence matches the manifests.</source>
            <translation>Every file of this item's evidence matches the manifests.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="170" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="172" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="174" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="176" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="178" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="180" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditFileModel</name>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="73" />
            <source>%1 matches both manifests.</source>
            <translation>%1 matches both manifests.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="95" />
            <source>tag file</source>
            <translation>tag file</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="95" />
            <source>payload</source>
            <translation>payload</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="102" />
            <source>matches</source>
            <translation>matches</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="121" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="123" />
            <source>Path in the bag</source>
            <translation>Path in the bag</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="125" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="127" />
            <source>Expected hash (manifest)</source>
            <translation>Expected hash (manifest)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="129" />
            <source>Actual hash (archive)</source>
            <translation>Actual hash (archive)</translation>
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
            <translation>SHA-256 (declaration): %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="153" />
            <source>Matches both manifests.</source>
            <translation>Matches both manifests.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="154" />
            <source>The archive does not hold this file.</source>
            <translation>The archive does not hold this file.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/audititemview.cpp" line="168" />
            <source>Files (%n)</source>
            <translation>
                <numerusform>Files (%n)</numerusform>
                <numerusform>Files (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="172" />
            <source>Choose an item in the checklist.</source>
            <translation>Choose an item in the checklist.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="172" />
            <source>No file backs this item.</source>
            <translation>No file backs this item.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="180" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="181" />
            <source>Number / version</source>
            <translation>Number / version</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="182" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="183" />
            <source>Chapter / section</source>
            <translation>Chapter / section</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="184" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="185" />
            <source>Excerpt</source>
            <translation>Excerpt</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="187" />
            <source>Procedure</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="188" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="189" />
            <source>Test date</source>
            <translation>Test date</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="190" />
            <source>Tester</source>
            <translation>Tester</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="191" />
            <source>Firmware tested</source>
            <translation>Firmware tested</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="192" />
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="197" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="200" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="208" />
            <source>Choose an item in the checklist to see its verdict and evidence.</source>
            <translation>Choose an item in the checklist to see its verdict and evidence.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="221" />
            <source>vendor scope</source>
            <translation>vendor scope</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="221" />
            <source>product scope</source>
            <translation>product scope</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="224" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="224" />
            <source>Exempt (PSTI)</source>
            <translation>Exempt (PSTI)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="226" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="227" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/audititemview.cpp" line="231" />
            <source>Evidence (%n)</source>
            <translation>
                <numerusform>Evidence (%n)</numerusform>
                <numerusform>Evidence (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="254" />
            <source>No file is attached to this evidence.</source>
            <translation>No file is attached to this evidence.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="268" />
            <source>the archive</source>
            <translation>the archive</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="287" />
            <source>No temporary folder: %1</source>
            <translation>No temporary folder: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="292" />
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="303" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="303" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="303" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="303" />
            <source>Path in the bag</source>
            <translation>Path in the bag</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="304" />
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="305" />
            <source>Copies the file out of the archive into a temporary folder and opens it with the desktop's application.</source>
            <translation>Copies the file out of the archive into a temporary folder and opens it with the desktop's application.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditorPage</name>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="325" />
            <source>No archive open</source>
            <translation>No archive open</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="326" />
            <source>Open a retained evidence archive with File ▸ Open evidence archive…</source>
            <translation>Open a retained evidence archive with File ▸ Open evidence archive…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="331" />
            <source>Checking the archive…</source>
            <translation>Checking the archive…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="332" />
            <source>Every file is read once and hashed; nothing is extracted.</source>
            <translation>Every file is read once and hashed; nothing is extracted.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="337" />
            <source>Not checked: the verification was cancelled</source>
            <translation>Not checked: the verification was cancelled</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="338" />
            <source>Open the archive again to check it.</source>
            <translation>Open the archive again to check it.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="347" />
            <source>… and %n more (see Files).</source>
            <translation>
                <numerusform>… and %n more (see Files).</numerusform>
                <numerusform>… and %n more (see Files).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="368" />
            <source>Anyone can sign a forged archive with a key of their own: a valid signature says who signed only if the certificate's fingerprint is the manufacturer's.</source>
            <translation>Anyone can sign a forged archive with a key of their own: a valid signature says who signed only if the certificate's fingerprint is the manufacturer's.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="381" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="387" />
            <source>%1 · route: %2</source>
            <translation>%1 · route: %2</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="403" />
            <source>Close archive</source>
            <translation>Close archive</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="404" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="406" />
            <source>Evidence archive (read-only): %1</source>
            <translation>Evidence archive (read-only): %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="407" />
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="407" />
            <source>Product:</source>
            <translation>Product:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="407" />
            <source>Firmware:</source>
            <translation>Firmware:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="407" />
            <source>Criteria:</source>
            <translation>Criteria:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="408" />
            <source>Exported:</source>
            <translation>Exported:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="408" />
            <source>Software:</source>
            <translation>Software:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="408" />
            <source>Export id:</source>
            <translation>Export id:</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="412" />
            <source>Checklist (%n item(s))</source>
            <translation>
                <numerusform>Checklist (%n item)</numerusform>
                <numerusform>Checklist (%n items)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="413" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="415" />
            <source>Files (%n changed)</source>
            <translation>
                <numerusform>Files (%n changed)</numerusform>
                <numerusform>Files (%n changed)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="416" />
            <source>Files (%n)</source>
            <translation>
                <numerusform>Files (%n)</numerusform>
                <numerusform>Files (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="417" />
            <source>Show only files with problems</source>
            <translation>Show only files with problems</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="421" />
            <source>Problems of the bag as a whole:</source>
            <translation>Problems of the bag as a whole:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="428" />
            <source>The declaration in the archive cannot be shown: %1</source>
            <translation>The declaration in the archive cannot be shown: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::BagIt</name>
        <message>
            <location filename="../core/export/bagit.cpp" line="69" />
            <source>line %1 is not "&lt;hash&gt;  &lt;path&gt;"</source>
            <translation>line %1 is not "&lt;hash&gt;  &lt;path&gt;"</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistModel</name>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="79" />
            <source>Exempt (PSTI)</source>
            <translation>Exempt (PSTI)</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="107" />
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="107" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="112" />
            <source>Vendor scope: answered once for the organisation and shared by all its products.</source>
            <translation>Vendor scope: answered once for the organisation and shared by all its products.</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="113" />
            <source>Product scope: answered for this product.</source>
            <translation>Product scope: answered for this product.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="124" />
            <source>%1: %2 (%n file(s))</source>
            <translation>
                <numerusform>%1: %2 (%n file)</numerusform>
                <numerusform>%1: %2 (%n files)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="138" />
            <source>%n blocking</source>
            <translation>
                <numerusform>%n blocking</numerusform>
                <numerusform>%n blocking</numerusform>
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
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="164" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="166" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="168" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="170" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="172" />
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="174" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="176" />
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="182" />
            <source>D = document review, T = device test, D+T = both</source>
            <translation>D = document review, T = device test, D+T = both</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistPage</name>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="112" />
            <source>Find item by ID or title (Ctrl+F)</source>
            <translation>Find item by ID or title (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="113" />
            <source>Product details…</source>
            <translation>Product details…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="114" />
            <source>Declaration details…</source>
            <translation>Declaration details…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="115" />
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="116" />
            <source>Application package and evidence archive (Ctrl+Shift+E)</source>
            <translation>Application package and evidence archive (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="120" />
            <source>No declaration open</source>
            <translation>No declaration open</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="121" />
            <source>Choose a declaration in the navigator, or create one with Edit ▸ New declaration.</source>
            <translation>Choose a declaration in the navigator, or create one with Edit ▸ New declaration.</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="127" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="128" />
            <source>%1 · route: %2</source>
            <translation>%1 · route: %2</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="130" />
            <source> · firmware %1</source>
            <translation> · firmware %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistpage.cpp" line="135" />
            <source>%1 / %2 assessed · %n blocking problem(s)</source>
            <translation>
                <numerusform>%1 / %2 assessed · %n blocking problem</numerusform>
                <numerusform>%1 / %2 assessed · %n blocking problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistXlsx</name>
        <message>
            <location filename="../core/export/checklistxlsx.cpp" line="27" />
            <source>Can not create %1.</source>
            <translation>Can not create %1.</translation>
        </message>
        <message>
            <location filename="../core/export/checklistxlsx.cpp" line="117" />
            <source>Can not write %1: %2</source>
            <translation>Can not write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CmsSigner</name>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="80" />
            <source>The key %1 is encrypted; give its passphrase (HOSHI_KEY_PASSPHRASE).</source>
            <translation>The key %1 is encrypted; give its passphrase (HOSHI_KEY_PASSPHRASE).</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="81" />
            <source>%1 is not a PEM private key (or the passphrase is wrong): %2</source>
            <translation>%1 is not a PEM private key (or the passphrase is wrong): %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="87" />
            <source>%1 is not a PEM certificate: %2</source>
            <translation>%1 is not a PEM certificate: %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="89" />
            <source>The key %1 does not belong to the certificate %2.</source>
            <translation>The key %1 does not belong to the certificate %2.</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="106" />
            <location filename="../core/export/cmssigner.cpp" line="114" />
            <source>Signing failed: %1</source>
            <translation>Signing failed: %1</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="32" />
            <source>Can not read %1: %2</source>
            <translation>Can not read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="37" />
            <source>%1 is too large to be a PEM key or certificate.</source>
            <translation>%1 is too large to be a PEM key or certificate.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::DeclarationEditor</name>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="16" />
            <source>Every change is saved at once.</source>
            <translation>Every change is saved at once.</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="17" />
            <source>Declaration</source>
            <translation>Declaration</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="19" />
            <source>&amp;Evaluation completed on:</source>
            <translation>&amp;Evaluation completed on:</translation>
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
            <translation>&amp;PSTI statement of compliance:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="23" />
            <source>URL or reference of the UK PSTI statement of compliance</source>
            <translation>URL or reference of the UK PSTI statement of compliance</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="25" />
            <source>Label (once IPA has issued it)</source>
            <translation>Label (once IPA has issued it)</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="27" />
            <source>&amp;Registration number:</source>
            <translation>&amp;Registration number:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="28" />
            <source>16 digits, e.g. 2025030500001527</source>
            <translation>16 digits, e.g. 2025030500001527</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="30" />
            <source>&amp;Issued on:</source>
            <translation>&amp;Issued on:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="33" />
            <source>&amp;Valid until:</source>
            <translation>&amp;Valid until:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.ui" line="36" />
            <source>Label &amp;status:</source>
            <translation>Label &amp;status:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="69" />
            <source>No declaration open</source>
            <translation>No declaration open</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="77" />
            <source>Declaration for %1</source>
            <translation>Declaration for %1</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="81" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="82" />
            <source>Criteria: %1
Route: %2
Started: %3</source>
            <translation>Criteria: %1
Route: %2
Started: %3</translation>
        </message>
    </context>
    <context>
        <name>hoshi::DeclarationJson</name>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="212" />
            <source>declaration.json is not valid JSON: %1</source>
            <translation>declaration.json is not valid JSON: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="215" />
            <source>declaration.json is not a Hoshi declaration.</source>
            <translation>declaration.json is not a Hoshi declaration.</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="217" />
            <source>declaration.json was written by a newer Hoshi (format %1).</source>
            <translation>declaration.json was written by a newer Hoshi (format %1).</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="227" />
            <source>The criteria set in declaration.json can not be read: %1</source>
            <translation>The criteria set in declaration.json can not be read: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="329" />
            <source>declaration.json assesses the item %1, which its criteria set does not have.</source>
            <translation>declaration.json assesses the item %1, which its criteria set does not have.</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="334" />
            <source>declaration.json refers to evidence %1, which it does not contain.</source>
            <translation>declaration.json refers to evidence %1, which it does not contain.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::DirectFile</name>
        <message>
            <location filename="../core/archive/directfile.cpp" line="29" />
            <source>DirectFile is for writing only.</source>
            <translation>DirectFile is for writing only.</translation>
        </message>
        <message>
            <location filename="../core/archive/directfile.cpp" line="35" />
            <source>Out of memory.</source>
            <translation>Out of memory.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceArchiveExporter</name>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="204" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 already exists; it is not replaced.</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="212" />
            <source>Can not create %1: %2</source>
            <translation>Can not create %1: %2</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="124" />
            <location filename="../core/export/evidencearchiveexporter.cpp" line="245" />
            <source>The export was cancelled.</source>
            <translation>The export was cancelled.</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="139" />
            <source>The stored content of "%1" has %2 bytes instead of %3. The workspace is damaged; nothing was exported.</source>
            <translation>The stored content of "%1" has %2 bytes instead of %3. The workspace is damaged; nothing was exported.</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="286" />
            <source>The stored content of "%1" no longer matches its SHA-256 (expected %2, found %3). The workspace is damaged; nothing was exported.</source>
            <translation>The stored content of "%1" no longer matches its SHA-256 (expected %2, found %3). The workspace is damaged; nothing was exported.</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="355" />
            <source>Can not rename %1 to %2.</source>
            <translation>Can not rename %1 to %2.</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="156" />
            <source>Can not write %1: %2</source>
            <translation>Can not write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceEditor</name>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="14" />
            <source>◀ Back to the item</source>
            <translation>◀ Back to the item</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="15" />
            <source>Back to the item page (Esc)</source>
            <translation>Back to the item page (Esc)</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="31" />
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="65" />
            <source>Document &amp;title:</source>
            <translation>Document &amp;title:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="71" />
            <source>e.g. User manual, security policy, web page title</source>
            <translation>e.g. User manual, security policy, web page title</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="76" />
            <source>Number / &amp;version:</source>
            <translation>Number / &amp;version:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="85" />
            <source>&amp;Page(s):</source>
            <translation>&amp;Page(s):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="91" />
            <source>e.g. 14 or 14-16</source>
            <translation>e.g. 14 or 14-16</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="96" />
            <source>&amp;Chapter / section:</source>
            <translation>&amp;Chapter / section:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="102" />
            <source>e.g. 3.2</source>
            <translation>e.g. 3.2</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="107" />
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="123" />
            <source>E&amp;xcerpt:</source>
            <translation>E&amp;xcerpt:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="130" />
            <source>The passage that states the basis, quoted</source>
            <translation>The passage that states the basis, quoted</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="142" />
            <source>&amp;Procedure:</source>
            <translation>&amp;Procedure:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="149" />
            <source>What was done, step by step</source>
            <translation>What was done, step by step</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="154" />
            <source>&amp;Result summary:</source>
            <translation>&amp;Result summary:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="161" />
            <source>What the test showed</source>
            <translation>What the test showed</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="166" />
            <source>Test &amp;date:</source>
            <translation>Test &amp;date:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="182" />
            <source>T&amp;ester:</source>
            <translation>T&amp;ester:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="191" />
            <source>&amp;Firmware version tested:</source>
            <translation>&amp;Firmware version tested:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="205" />
            <source>En&amp;vironment:</source>
            <translation>En&amp;vironment:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="212" />
            <source>Test network, tools and their versions</source>
            <translation>Test network, tools and their versions</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="222" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="235" />
            <source>&amp;Attach files…</source>
            <translation>&amp;Attach files…</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="236" />
            <source>Ctrl+Shift+A; files can also be dropped here</source>
            <translation>Ctrl+Shift+A; files can also be dropped here</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="241" />
            <location filename="../forms/evidence/evidenceeditor.cpp" line="421" />
            <source>Remove file</source>
            <translation>Remove file</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="254" />
            <source>Drop files anywhere on this page to attach them.</source>
            <translation>Drop files anywhere on this page to attach them.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="276" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="285" />
            <source>Backs these items</source>
            <translation>Backs these items</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="89" />
            <source>This does not look like a web address (https://…).</source>
            <translation>This does not look like a web address (https://…).</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="116" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="117" />
            <source>Evidence must back at least one item. Remove it instead if it is no longer needed.</source>
            <translation>Evidence must back at least one item. Remove it instead if it is no longer needed.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="135" />
            <source>Importing %1…</source>
            <translation>Importing %1…</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="198" />
            <source>No evidence selected</source>
            <translation>No evidence selected</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="217" />
            <source>Document review for %1</source>
            <translation>Document review for %1</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="218" />
            <source>Device test for %1</source>
            <translation>Device test for %1</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="249" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="252" />
            <source>%1
SHA-256: %2
Added %3</source>
            <translation>%1
SHA-256: %2
Added %3</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="262" />
            <source>No file attached yet. Attach one with the button, or drop files here.</source>
            <translation>No file attached yet. Attach one with the button, or drop files here.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="277" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="383" />
            <source>Attach evidence files</source>
            <translation>Attach evidence files</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="393" />
            <location filename="../forms/evidence/evidenceeditor.cpp" line="405" />
            <source>Attach files</source>
            <translation>Attach files</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="394" />
            <source>Another import is still running; wait for it or cancel it.</source>
            <translation>Another import is still running; wait for it or cancel it.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="395" />
            <source>Files cannot be attached in this workspace.</source>
            <translation>Files cannot be attached in this workspace.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="408" />
            <source>Import cancelled; nothing of the cancelled file was kept.</source>
            <translation>Import cancelled; nothing of the cancelled file was kept.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="422" />
            <source>Remove %1 from this evidence? This cannot be undone.</source>
            <translation>Remove %1 from this evidence? This cannot be undone.</translation>
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
                <numerusform>%n hit</numerusform>
                <numerusform>%n hits</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="256" />
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="257" />
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="258" />
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="259" />
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="260" />
            <source>Fit to width</source>
            <translation>Fit to width</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="261" />
            <source>Search in the PDF</source>
            <translation>Search in the PDF</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="262" />
            <source>Use this page</source>
            <translation>Use this page</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="263" />
            <source>Write the page shown into the page field of the document reference</source>
            <translation>Write the page shown into the page field of the document reference</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="264" />
            <location filename="../forms/preview/evidencepreview.cpp" line="414" />
            <source>This PDF is protected by a password. Enter it to view the document (the password is not stored).</source>
            <translation>This PDF is protected by a password. Enter it to view the document (the password is not stored).</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="266" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="267" />
            <source>Attached files</source>
            <translation>Attached files</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="299" />
            <source>No file to preview.</source>
            <translation>No file to preview.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="327" />
            <source>No file attached to this evidence yet.</source>
            <translation>No file attached to this evidence yet.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="367" />
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="371" />
            <source>This PDF is too large to preview here (%1).</source>
            <translation>This PDF is too large to preview here (%1).</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="376" />
            <source>Cannot preview %1: no temporary file (%2).</source>
            <translation>Cannot preview %1: no temporary file (%2).</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="402" />
            <source>%1 (%2) cannot be previewed here; open it with another application.</source>
            <translation>%1 (%2) cannot be previewed here; open it with another application.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="466" />
            <source>Cannot read %1 from the workspace: %2</source>
            <translation>Cannot read %1 from the workspace: %2</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="399" />
            <source>%1 (%2) cannot be previewed here. It is kept in the workspace with its SHA-256.</source>
            <translation>%1 (%2) cannot be previewed here. It is kept in the workspace with its SHA-256.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="426" />
            <source>This PDF cannot be shown: %1</source>
            <translation>This PDF cannot be shown: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="456" />
            <source>That password is not correct. Try again.</source>
            <translation>That password is not correct. Try again.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="467" />
            <source>Cannot read %1 from %2: %3</source>
            <translation>Cannot read %1 from %2: %3</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="474" />
            <source>the document has no pages.</source>
            <translation>the document has no pages.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="476" />
            <source>the data is incomplete.</source>
            <translation>the data is incomplete.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="478" />
            <source>the temporary copy was not found.</source>
            <translation>the temporary copy was not found.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="480" />
            <source>it is not a valid PDF file (damaged or of another type).</source>
            <translation>it is not a valid PDF file (damaged or of another type).</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="482" />
            <source>the password is not correct.</source>
            <translation>the password is not correct.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="484" />
            <source>its encryption is not supported.</source>
            <translation>its encryption is not supported.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="488" />
            <source>unknown error.</source>
            <translation>unknown error.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="494" />
            <source>This image is too large to preview here (%1).</source>
            <translation>This image is too large to preview here (%1).</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="510" />
            <source>This image cannot be shown: %1</source>
            <translation>This image cannot be shown: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="543" />
            <source>[… preview shows the first %1 of %2]</source>
            <translation>[… preview shows the first %1 of %2]</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="597" />
            <source>of %1</source>
            <translation>of %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportDialog</name>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="256" />
            <location filename="../forms/export/exportdialog.cpp" line="589" />
            <source>Cancelling… nothing will be left under the final names.</source>
            <translation>Cancelling… nothing will be left under the final names.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="299" />
            <location filename="../forms/export/exportdialog.cpp" line="303" />
            <source>Export declaration</source>
            <translation>Export declaration</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="301" />
            <source>Export %1 — %2</source>
            <translation>Export %1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="304" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="305" />
            <location filename="../forms/export/exportdialog.cpp" line="336" />
            <location filename="../forms/export/exportdialog.cpp" line="383" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="305" />
            <location filename="../forms/export/exportdialog.cpp" line="383" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="308" />
            <source>Nothing has been written. Click a problem to go to it; export again once none is left.</source>
            <translation>Nothing has been written. Click a problem to go to it; export again once none is left.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="310" />
            <source>This declaration cannot be exported yet (%n blocking problem(s)).</source>
            <translation>
                <numerusform>This declaration cannot be exported yet (%n blocking problem).</numerusform>
                <numerusform>This declaration cannot be exported yet (%n blocking problems).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="312" />
            <source>Output &amp;folder:</source>
            <translation>Output &amp;folder:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="314" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="315" />
            <source>Write:</source>
            <translation>Write:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="316" />
            <source>&amp;Application package for IPA (checklist PDF, XLSX, CSV, application data, README)</source>
            <translation>&amp;Application package for IPA (checklist PDF, XLSX, CSV, application data, README)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="317" />
            <source>Retained e&amp;vidence archive (BagIt ZIP with every evidence file, for auditors)</source>
            <translation>Retained e&amp;vidence archive (BagIt ZIP with every evidence file, for auditors)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="318" />
            <source>Signature (optional)</source>
            <translation>Signature (optional)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="319" />
            <source>&amp;Sign the evidence archive</source>
            <translation>&amp;Sign the evidence archive</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="320" />
            <source>Private key (PEM):</source>
            <translation>Private key (PEM):</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="321" />
            <source>Certificate (PEM):</source>
            <translation>Certificate (PEM):</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="322" />
            <location filename="../forms/export/exportdialog.cpp" line="323" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="324" />
            <source>Key passphrase:</source>
            <translation>Key passphrase:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="325" />
            <source>only for an encrypted key</source>
            <translation>only for an encrypted key</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="326" />
            <source>Create a key pair…</source>
            <translation>Create a key pair…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="327" />
            <source>Makes a self-signed ECDSA P-256 key and certificate in a folder you choose, named after the organisation.</source>
            <translation>Makes a self-signed ECDSA P-256 key and certificate in a folder you choose, named after the organisation.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="329" />
            <source>The signature covers every file of the archive. Give the certificate's fingerprint to whoever will check your archives.</source>
            <translation>The signature covers every file of the archive. Give the certificate's fingerprint to whoever will check your archives.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="332" />
            <source>Nothing blocks submission (%n warning(s)).</source>
            <translation>
                <numerusform>Nothing blocks submission (%n warning).</numerusform>
                <numerusform>Nothing blocks submission (%n warnings).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="333" />
            <source>Nothing blocks submission.</source>
            <translation>Nothing blocks submission.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="337" />
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="361" />
            <source>No declaration is open.</source>
            <translation>No declaration is open.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="393" />
            <source>Export into folder</source>
            <translation>Export into folder</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="401" />
            <source>Signing certificate</source>
            <translation>Signing certificate</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="401" />
            <source>Signing key</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="402" />
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation>PEM files (*.pem *.crt *.key);;All files (*)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="409" />
            <source>Folder for the new key pair</source>
            <translation>Folder for the new key pair</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="412" />
            <source>Hoshi signing key</source>
            <translation>Hoshi signing key</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="424" />
            <source>Created %1 and %2 (%3). Certificate fingerprint (SHA-256): %4. Keep the key private.</source>
            <translation>Created %1 and %2 (%3). Certificate fingerprint (SHA-256): %4. Keep the key private.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="464" />
            <source>Writing the application package…</source>
            <translation>Writing the application package…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="464" />
            <source>Preparing the export…</source>
            <translation>Preparing the export…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="466" />
            <source>Writing the evidence archive…</source>
            <translation>Writing the evidence archive…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="470" />
            <source>Checking the written archive…</source>
            <translation>Checking the written archive…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="507" />
            <source>Export cancelled. Nothing was written.</source>
            <translation>Export cancelled. Nothing was written.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="508" />
            <source>The export failed and nothing was written: %1</source>
            <translation>The export failed and nothing was written: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="516" />
            <source>Export complete: %n item(s) written to %1.</source>
            <translation>
                <numerusform>Export complete: %n item written to %1.</numerusform>
                <numerusform>Export complete: %n items written to %1.</numerusform>
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
            <translation>application package (folder)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="534" />
            <source>application package (ZIP)</source>
            <translation>application package (ZIP)</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="536" />
            <source>evidence archive, %n evidence file(s)</source>
            <translation>
                <numerusform>evidence archive, %n evidence file</numerusform>
                <numerusform>evidence archive, %n evidence files</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="544" />
            <source>The written archive was not checked (cancelled). Open it with File ▸ Open evidence archive to check it.</source>
            <translation>The written archive was not checked (cancelled). Open it with File ▸ Open evidence archive to check it.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="549" />
            <source>Evidence archive checked after writing: %1.</source>
            <translation>Evidence archive checked after writing: %1.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="556" />
            <source>Certificate SHA-256: %1 — give this fingerprint to whoever will check your archives.</source>
            <translation>Certificate SHA-256: %1 — give this fingerprint to whoever will check your archives.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportJob</name>
        <message>
            <location filename="../core/export/exportjob.cpp" line="56" />
            <source>Nothing to export: both the package and the archive were left out.</source>
            <translation>Nothing to export: both the package and the archive were left out.</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="58" />
            <source>Signing needs both a key and a certificate.</source>
            <translation>Signing needs both a key and a certificate.</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="61" />
            <source>The output folder %1 is not a folder.</source>
            <translation>The output folder %1 is not a folder.</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="78" />
            <source>The output folder %1 does not exist and can not be created.</source>
            <translation>The output folder %1 does not exist and can not be created.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/export/exportjob.cpp" line="73" />
            <source>The declaration can not be exported: %n blocking problem(s).</source>
            <translation>
                <numerusform>The declaration can not be exported: %n blocking problem.</numerusform>
                <numerusform>The declaration can not be exported: %n blocking problems.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportPdf</name>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="148" />
            <source>No Japanese font (IPAGothic, package fonts-ipafont-gothic) was found; Japanese text in the PDFs will not be searchable.</source>
            <translation>No Japanese font (IPAGothic, package fonts-ipafont-gothic) was found; Japanese text in the PDFs will not be searchable.</translation>
        </message>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="61" />
            <source>Writing PDF files needs a QGuiApplication (hoshi-cli creates one for export).</source>
            <translation>Writing PDF files needs a QGuiApplication (hoshi-cli creates one for export).</translation>
        </message>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="93" />
            <source>The PDF "%1" could not be produced.</source>
            <translation>The PDF "%1" could not be produced.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportRunner</name>
        <message>
            <location filename="../forms/export/exportrunner.cpp" line="78" />
            <source>The export ended without a result.</source>
            <translation>The export ended without a result.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FieldMarker</name>
        <message>
            <location filename="../forms/common/fieldmarker.h" line="37" />
            <source>Use the form YYYY-MM-DD, for example 2027-03-31.</source>
            <translation>Use the form YYYY-MM-DD, for example 2027-03-31.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ItemPage</name>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="277" />
            <source>◀ Checklist</source>
            <translation>◀ Checklist</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="278" />
            <source>Back to the checklist (Esc)</source>
            <translation>Back to the checklist (Esc)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="279" />
            <source>Previous item (Ctrl+PgUp)</source>
            <translation>Previous item (Ctrl+PgUp)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="280" />
            <source>Next item (Ctrl+PgDown)</source>
            <translation>Next item (Ctrl+PgDown)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="281" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="282" />
            <source>&amp;Conforming</source>
            <translation>&amp;Conforming</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="283" />
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="284" />
            <source>Not &amp;applicable</source>
            <translation>Not &amp;applicable</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="285" />
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="286" />
            <source>&amp;Non-conforming</source>
            <translation>&amp;Non-conforming</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="287" />
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="288" />
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="289" />
            <source>Ctrl+4</source>
            <translation>Ctrl+4</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="290" />
            <source>Justification for not applicable</source>
            <translation>Justification for not applicable</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="291" />
            <source>Why the N/A condition holds for this product (required for N/A)</source>
            <translation>Why the N/A condition holds for this product (required for N/A)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="292" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="293" />
            <source>Internal notes (not part of the declaration)</source>
            <translation>Internal notes (not part of the declaration)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="294" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="295" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="295" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="295" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="296" />
            <source>Add document review</source>
            <translation>Add document review</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="297" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="298" />
            <source>Add device test</source>
            <translation>Add device test</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="299" />
            <source>Ctrl+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="300" />
            <source>Link existing ▾</source>
            <translation>Link existing ▾</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="301" />
            <source>Let evidence recorded for another item back this one too</source>
            <translation>Let evidence recorded for another item back this one too</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="302" />
            <location filename="../forms/itempage/itempage.cpp" line="505" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="303" />
            <source>Unlink</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="304" />
            <source>This evidence no longer backs this item (it stays for the others)</source>
            <translation>This evidence no longer backs this item (it stays for the others)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="305" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="306" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="307" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="308" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="308" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="308" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="346" />
            <source>No item selected</source>
            <translation>No item selected</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="367" />
            <source>vendor scope — answered once for %1, shared by all its products</source>
            <translation>vendor scope — answered once for %1, shared by all its products</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="369" />
            <source>product scope</source>
            <translation>product scope</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="370" />
            <source>%1 · %2 · method %3 · item %4 of %5</source>
            <translation>%1 · %2 · method %3 · item %4 of %5</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="376" />
            <source>&lt;b&gt;N/A only when:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;N/A only when:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="377" />
            <source>&lt;b&gt;N/A:&lt;/b&gt; never allowed for this item.</source>
            <translation>&lt;b&gt;N/A:&lt;/b&gt; never allowed for this item.</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="379" />
            <source>What to record: %1</source>
            <translation>What to record: %1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="382" />
            <source>Exempt on the UK PSTI route: PSTI compliance is deemed to meet this item; attach the PSTI statement of compliance to the declaration.</source>
            <translation>Exempt on the UK PSTI route: PSTI compliance is deemed to meet this item; attach the PSTI statement of compliance to the declaration.</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="397" />
            <source>Not applicable is not an option for this item.</source>
            <translation>Not applicable is not an option for this item.</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="428" />
            <source>(not filled in yet)</source>
            <translation>(not filled in yet)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="488" />
            <source>Select evidence to preview its files.</source>
            <translation>Select evidence to preview its files.</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="505" />
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="567" />
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="576" />
            <source>No other evidence in this declaration</source>
            <translation>No other evidence in this declaration</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/itempage.cpp" line="593" />
            <source>Remove this evidence and its %n file(s)? It also backs %1. This cannot be undone.</source>
            <translation>
                <numerusform>Remove this evidence and its %n file? It also backs %1. This cannot be undone.</numerusform>
                <numerusform>Remove this evidence and its %n files? It also backs %1. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/itempage.cpp" line="596" />
            <source>Remove this evidence and its %n file(s)? This cannot be undone.</source>
            <translation>
                <numerusform>Remove this evidence and its %n file? This cannot be undone.</numerusform>
                <numerusform>Remove this evidence and its %n files? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="598" />
            <source>Remove evidence</source>
            <translation>Remove evidence</translation>
        </message>
    </context>
    <context>
        <name>hoshi::KeyGenerator</name>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="64" />
            <source>The certificate needs a name.</source>
            <translation>The certificate needs a name.</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="66" />
            <source>Can not create the folder %1.</source>
            <translation>Can not create the folder %1.</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="71" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 already exists; it is not replaced.</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="78" />
            <source>Key generation failed: %1</source>
            <translation>Key generation failed: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="84" />
            <source>No random numbers: %1</source>
            <translation>No random numbers: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="104" />
            <source>The certificate could not be made: %1</source>
            <translation>The certificate could not be made: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="108" />
            <source>The key could not be encoded: %1</source>
            <translation>The key could not be encoded: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="46" />
            <source>Can not write %1: %2</source>
            <translation>Can not write %1: %2</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="41" />
            <source>Can not create %1: %2</source>
            <translation>Can not create %1: %2</translation>
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
            <translation>A file is still being imported. Cancel the import?</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="392" />
            <source>%1 can not be declared not applicable.</source>
            <translation>%1 can not be declared not applicable.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="426" />
            <source>%1 (evidence archive, read-only) — Hoshi</source>
            <translation>%1 (evidence archive, read-only) — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="430" />
            <source>Demo workspace</source>
            <translation>Demo workspace</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="431" />
            <source>%1 (read-only) — Hoshi</source>
            <translation>%1 (read-only) — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="431" />
            <source>%1 — Hoshi</source>
            <translation>%1 — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="432" />
            <source>Demo (temporary copy, discarded on exit)</source>
            <translation>Demo (temporary copy, discarded on exit)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="447" />
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="329" />
            <source>New workspace</source>
            <translation>New workspace</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="464" />
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="338" />
            <source>Open workspace</source>
            <translation>Open workspace</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="482" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="488" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="494" />
            <source>Open demo</source>
            <translation>Open demo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="482" />
            <source>Cannot create a temporary folder: %1</source>
            <translation>Cannot create a temporary folder: %1</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="224" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="225" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="226" />
            <source>&amp;Item</source>
            <translation>&amp;Item</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="227" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="228" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="229" />
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="230" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="231" />
            <source>&amp;New workspace…</source>
            <translation>&amp;New workspace…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="232" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="233" />
            <source>Open &amp;read-only…</source>
            <translation>Open &amp;read-only…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="234" />
            <source>Open &amp;demo</source>
            <translation>Open &amp;demo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="235" />
            <source>Open e&amp;vidence archive…</source>
            <translation>Open e&amp;vidence archive…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="236" />
            <source>Auditor mode: verify a retained evidence archive and browse it read-only</source>
            <translation>Auditor mode: verify a retained evidence archive and browse it read-only</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="237" />
            <source>Close evidence arc&amp;hive</source>
            <translation>Close evidence arc&amp;hive</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="238" />
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="239" />
            <source>Write the application package and the retained evidence archive</source>
            <translation>Write the application package and the retained evidence archive</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="240" />
            <source>&amp;Close workspace</source>
            <translation>&amp;Close workspace</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="241" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="242" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="243" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="244" />
            <source>New &amp;organisation</source>
            <translation>New &amp;organisation</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="245" />
            <source>New &amp;product</source>
            <translation>New &amp;product</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="246" />
            <source>New &amp;declaration…</source>
            <translation>New &amp;declaration…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="247" />
            <source>&amp;Find item</source>
            <translation>&amp;Find item</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="248" />
            <source>&amp;Checklist</source>
            <translation>&amp;Checklist</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="249" />
            <source>&amp;Previous item</source>
            <translation>&amp;Previous item</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="250" />
            <source>&amp;Next item</source>
            <translation>&amp;Next item</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="251" />
            <source>Set &amp;conforming</source>
            <translation>Set &amp;conforming</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="252" />
            <source>Set not &amp;applicable</source>
            <translation>Set not &amp;applicable</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="253" />
            <source>Set non-c&amp;onforming</source>
            <translation>Set non-c&amp;onforming</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="254" />
            <source>Set not a&amp;ssessed</source>
            <translation>Set not a&amp;ssessed</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="255" />
            <source>Add &amp;document review</source>
            <translation>Add &amp;document review</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="256" />
            <source>Add device &amp;test</source>
            <translation>Add device &amp;test</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="257" />
            <source>Next pro&amp;blem</source>
            <translation>Next pro&amp;blem</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="258" />
            <source>Previous prob&amp;lem</source>
            <translation>Previous prob&amp;lem</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="259" />
            <source>P&amp;roduct details</source>
            <translation>P&amp;roduct details</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="260" />
            <source>D&amp;eclaration details</source>
            <translation>D&amp;eclaration details</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="261" />
            <source>&amp;System default</source>
            <translation>&amp;System default</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="265" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="266" />
            <source>&amp;About Hoshi</source>
            <translation>&amp;About Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="267" />
            <source>Navigator</source>
            <translation>Navigator</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="268" />
            <source>Blocking problems</source>
            <translation>Blocking problems</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="270" />
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="311" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="318" />
            <source>Clear the list</source>
            <translation>Clear the list</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="323" />
            <source>No recent workspaces</source>
            <translation>No recent workspaces</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="329" />
            <source>Hoshi workspaces (*.hoshi)</source>
            <translation>Hoshi workspaces (*.hoshi)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="337" />
            <source>Open workspace read-only</source>
            <translation>Open workspace read-only</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="339" />
            <source>Hoshi workspaces (*.hoshi);;All files (*)</source>
            <translation>Hoshi workspaces (*.hoshi);;All files (*)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="388" />
            <source>New organisation</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="399" />
            <source>Add an organisation first.</source>
            <translation>Add an organisation first.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="402" />
            <source>New product</source>
            <translation>New product</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="444" />
            <source>Back (item → checklist, evidence → item)</source>
            <translation>Back (item → checklist, evidence → item)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="445" />
            <source>Attach files (evidence page)</source>
            <translation>Attach files (evidence page)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="446" />
            <source>Save the text box now</source>
            <translation>Save the text box now</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="447" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="453" />
            <source>About Hoshi</source>
            <translation>About Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="454" />
            <source>&lt;b&gt;Hoshi %1&lt;/b&gt;&lt;br&gt;A workbench for JC-STAR IoT security self-declarations.&lt;br&gt;Criteria texts are summaries; IPA's official Japanese documents are authoritative.</source>
            <translation>&lt;b&gt;Hoshi %1&lt;/b&gt;&lt;br&gt;A workbench for JC-STAR IoT security self-declarations.&lt;br&gt;Criteria texts are summaries; IPA's official Japanese documents are authoritative.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_archive.cpp" line="44" />
            <source>Open evidence archive</source>
            <translation>Open evidence archive</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_archive.cpp" line="44" />
            <source>Evidence archives (*.zip);;All files (*)</source>
            <translation>Evidence archives (*.zip);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Model</name>
        <message>
            <location filename="../core/domain/model.cpp" line="67" />
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="69" />
            <source>Conforming</source>
            <translation>Conforming</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="71" />
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="73" />
            <source>Non-conforming</source>
            <translation>Non-conforming</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="80" />
            <source>UK PSTI mutual recognition</source>
            <translation>UK PSTI mutual recognition</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="80" />
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="87" />
            <source>No label yet</source>
            <translation>No label yet</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="89" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="91" />
            <source>Extension in progress</source>
            <translation>Extension in progress</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="93" />
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="95" />
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="97" />
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="104" />
            <source>Device test</source>
            <translation>Device test</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="104" />
            <source>Document review</source>
            <translation>Document review</translation>
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
            <translation>firmware %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::NavigatorModel</name>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="57" />
            <source>Declaration %1</source>
            <translation>Declaration %1</translation>
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
Route: %3
%4 of %5 items assessed</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="165" />
            <source>Workspace</source>
            <translation>Workspace</translation>
        </message>
    </context>
    <context>
        <name>hoshi::NewDeclarationDialog</name>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="20" />
            <source>New declaration</source>
            <translation>New declaration</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="31" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="38" />
            <source>&amp;Product:</source>
            <translation>&amp;Product:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="39" />
            <source>&amp;Criteria:</source>
            <translation>&amp;Criteria:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="40" />
            <source>&amp;Route:</source>
            <translation>&amp;Route:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="43" />
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="70" />
            <source>%1 · level ★%2 · %n item(s) · %3</source>
            <translation>
                <numerusform>%1 · level ★%2 · %n item · %3</numerusform>
                <numerusform>%1 · level ★%2 · %n items · %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="73" />
            <source>self-declaration</source>
            <translation>self-declaration</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="74" />
            <source>third-party evaluation</source>
            <translation>third-party evaluation</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="76" />
            <source>Status: %1 — the item texts may still change.</source>
            <translation>Status: %1 — the item texts may still change.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::OrganisationEditor</name>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="16" />
            <source>The vendor (manufacturer) as registered. Vendor-scope items are answered once for the organisation and shared by all its products. Every change is saved at once.</source>
            <translation>The vendor (manufacturer) as registered. Vendor-scope items are answered once for the organisation and shared by all its products. Every change is saved at once.</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="17" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="19" />
            <source>Registered &amp;name:</source>
            <translation>Registered &amp;name:</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="20" />
            <source>As registered (法人名)</source>
            <translation>As registered (法人名)</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="22" />
            <source>Name in &amp;English:</source>
            <translation>Name in &amp;English:</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="25" />
            <source>&amp;Corporate number:</source>
            <translation>&amp;Corporate number:</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="26" />
            <source>13 digits, if there is one</source>
            <translation>13 digits, if there is one</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="28" />
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="31" />
            <source>Contact &amp;person:</source>
            <translation>Contact &amp;person:</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="34" />
            <source>Contact &amp;e-mail:</source>
            <translation>Contact &amp;e-mail:</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="37" />
            <source>&amp;Website:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.ui" line="38" />
            <source>https://</source>
            <translation>https://</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.cpp" line="50" />
            <source>The organisation needs its registered name.</source>
            <translation>The organisation needs its registered name.</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.cpp" line="98" />
            <source>No organisation selected</source>
            <translation>No organisation selected</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.cpp" line="107" />
            <source>This does not look like a web address (https://…).</source>
            <translation>This does not look like a web address (https://…).</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ProblemsPanel</name>
        <message>
            <location filename="../forms/problems/problemspanel.cpp" line="46" />
            <source>Open a declaration to see what blocks its submission.</source>
            <translation>Open a declaration to see what blocks its submission.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/problems/problemspanel.cpp" line="52" />
            <source>%n problem(s) block submission.</source>
            <translation>
                <numerusform>%n problem blocks submission.</numerusform>
                <numerusform>%n problems block submission.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/problems/problemspanel.cpp" line="53" />
            <source>Nothing blocks submission.</source>
            <translation>Nothing blocks submission.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/problems/problemspanel.cpp" line="55" />
            <source>%n warning(s).</source>
            <translation>
                <numerusform>%n warning.</numerusform>
                <numerusform>%n warnings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::ProductEditor</name>
        <message>
            <location filename="../forms/product/producteditor.ui" line="16" />
            <source>These are the fields of the public label page. Fields marked * are required before a declaration can be submitted. Every change is saved at once.</source>
            <translation>These are the fields of the public label page. Fields marked * are required before a declaration can be submitted. Every change is saved at once.</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="17" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="19" />
            <source>Product &amp;name:</source>
            <translation>Product &amp;name:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="22" />
            <source>&amp;Model numbers:</source>
            <translation>&amp;Model numbers:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="23" />
            <source>Separate several with commas</source>
            <translation>Separate several with commas</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="25" />
            <source>Product &amp;category:</source>
            <translation>Product &amp;category:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="26" />
            <source>e.g. Network camera, router, smart speaker</source>
            <translation>e.g. Network camera, router, smart speaker</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="28" />
            <source>S&amp;ummary:</source>
            <translation>S&amp;ummary:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="29" />
            <source>What the product is and does</source>
            <translation>What the product is and does</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="31" />
            <source>Product &amp;web page:</source>
            <translation>Product &amp;web page:</translation>
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
            <translation>Configuration &amp;diagram:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="35" />
            <source>File name or reference of the attached diagram</source>
            <translation>File name or reference of the attached diagram</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="37" />
            <source>Firmware and support</source>
            <translation>Firmware and support</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="39" />
            <source>&amp;Firmware name:</source>
            <translation>&amp;Firmware name:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="42" />
            <source>Conforming firmware &amp;version:</source>
            <translation>Conforming firmware &amp;version:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="43" />
            <source>e.g. 1.0.3</source>
            <translation>e.g. 1.0.3</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="45" />
            <source>Version &amp;notice:</source>
            <translation>Version &amp;notice:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="46" />
            <source>e.g. Update if older than 1.00</source>
            <translation>e.g. Update if older than 1.00</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="48" />
            <source>&amp;Support period ends:</source>
            <translation>&amp;Support period ends:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="49" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="51" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="53" />
            <source>Product &amp;inquiries:</source>
            <translation>Product &amp;inquiries:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="54" />
            <source>Contact point for questions about the product</source>
            <translation>Contact point for questions about the product</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="56" />
            <source>Vulnerability &amp;reports:</source>
            <translation>Vulnerability &amp;reports:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="57" />
            <source>Where to report vulnerabilities and defects</source>
            <translation>Where to report vulnerabilities and defects</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="59" />
            <source>Disclosure &amp;policy URL:</source>
            <translation>Disclosure &amp;policy URL:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="62" />
            <source>Certifications and other information</source>
            <translation>Certifications and other information</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="64" />
            <source>&amp;Technical conformity no.:</source>
            <translation>&amp;Technical conformity no.:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="65" />
            <source>Certification number (技適), if any</source>
            <translation>Certification number (技適), if any</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="67" />
            <source>Other &amp;certifications:</source>
            <translation>Other &amp;certifications:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="70" />
            <source>Other security &amp;information:</source>
            <translation>Other security &amp;information:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="146" />
            <source>No product selected</source>
            <translation>No product selected</translation>
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
            <translation>The archive has not been opened.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="117" />
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="72" />
            <source>Can not open %1: %2</source>
            <translation>Can not open %1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="120" />
            <source>%1 changed while it was being read.</source>
            <translation>%1 changed while it was being read.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="132" />
            <source>%1 can not be read as a ZIP archive: %2</source>
            <translation>%1 can not be read as a ZIP archive: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="152" />
            <source>%1 is damaged: only %2 of its %3 entries could be read.</source>
            <translation>%1 is damaged: only %2 of its %3 entries could be read.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="158" />
            <source>%1 is damaged: %2</source>
            <translation>%1 is damaged: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="160" />
            <source>unreadable entry header</source>
            <translation>unreadable entry header</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="164" />
            <source>%1: an entry name can not be decoded.</source>
            <translation>%1: an entry name can not be decoded.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="173" />
            <source>%1: the entry "%2" is named differently in its local header and in the central directory.</source>
            <translation>%1: the entry "%2" is named differently in its local header and in the central directory.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="176" />
            <source>%1: the entry "%2" was met twice.</source>
            <translation>%1: the entry "%2" was met twice.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="180" />
            <source>%1: the entry "%2" is not a regular file.</source>
            <translation>%1: the entry "%2" is not a regular file.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="210" />
            <source>%1: the entry "%2" holds %3 bytes, but its header says %4.</source>
            <translation>%1: the entry "%2" holds %3 bytes, but its header says %4.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="218" />
            <source>%1: the entry "%2" is damaged: %3</source>
            <translation>%1: the entry "%2" is damaged: %3</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="222" />
            <source>unreadable data</source>
            <translation>unreadable data</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="225" />
            <source>%1: the entry "%2" has a hole in its data.</source>
            <translation>%1: the entry "%2" has a hole in its data.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="229" />
            <source>%1: the entry "%2" holds more data than its header says (%3 bytes).</source>
            <translation>%1: the entry "%2" holds more data than its header says (%3 bytes).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="232" />
            <source>%1 unpacks to more than %2 bytes, the limit.</source>
            <translation>%1 unpacks to more than %2 bytes, the limit.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="235" />
            <source>%1: the entry "%2" unpacks to more than %3 times its compressed size (a zip bomb?).</source>
            <translation>%1: the entry "%2" unpacks to more than %3 times its compressed size (a zip bomb?).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="266" />
            <location filename="../core/archive/safezipreader.cpp" line="284" />
            <location filename="../core/archive/safezipreader.cpp" line="312" />
            <location filename="../core/archive/safezipreader.cpp" line="348" />
            <source>%1 holds no file "%2".</source>
            <translation>%1 holds no file "%2".</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="271" />
            <source>%1: "%2" is larger than %3 bytes.</source>
            <translation>%1: "%2" is larger than %3 bytes.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="315" />
            <location filename="../core/archive/safezipreader.cpp" line="330" />
            <source>%1 is not a folder.</source>
            <translation>%1 is not a folder.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="326" />
            <source>%1 is a symbolic link; nothing is extracted through it.</source>
            <translation>%1 is a symbolic link; nothing is extracted through it.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="328" />
            <source>Can not create the folder %1.</source>
            <translation>Can not create the folder %1.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="337" />
            <source>The entry "%1" would leave the folder.</source>
            <translation>The entry "%1" would leave the folder.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="355" />
            <source>Can not create %1: %2</source>
            <translation>Can not create %1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="366" />
            <location filename="../core/archive/safezipreader.cpp" line="373" />
            <source>Can not write %1: %2</source>
            <translation>Can not write %1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="75" />
            <source>%1 is not a ZIP archive (or it is truncated).</source>
            <translation>%1 is not a ZIP archive (or it is truncated).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="81" />
            <source>Can not read %1: %2</source>
            <translation>Can not read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="91" />
            <source>%1 is not a complete ZIP archive: its end record is missing (the file may be truncated).</source>
            <translation>%1 is not a complete ZIP archive: its end record is missing (the file may be truncated).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="110" />
            <source>%1 is damaged: its ZIP64 end record is missing.</source>
            <translation>%1 is damaged: its ZIP64 end record is missing.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="121" />
            <source>%1 is a multi-part archive, which is not supported.</source>
            <translation>%1 is a multi-part archive, which is not supported.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="123" />
            <source>%1 has %2 entries, more than the limit of %3.</source>
            <translation>%1 has %2 entries, more than the limit of %3.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="125" />
            <source>%1 has a central directory of %2 bytes, more than the limit of %3.</source>
            <translation>%1 has a central directory of %2 bytes, more than the limit of %3.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="128" />
            <source>%1 is damaged: its central directory lies outside the file (truncated?).</source>
            <translation>%1 is damaged: its central directory lies outside the file (truncated?).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="132" />
            <source>Can not read the central directory of %1.</source>
            <translation>Can not read the central directory of %1.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="139" />
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="149" />
            <source>%1 is damaged: central directory entry %2 is broken.</source>
            <translation>%1 is damaged: central directory entry %2 is broken.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="188" />
            <source>%1: the entry name "%2" is not marked as UTF-8.</source>
            <translation>%1: the entry name "%2" is not marked as UTF-8.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="192" />
            <source>%1: an entry name is not valid UTF-8.</source>
            <translation>%1: an entry name is not valid UTF-8.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="194" />
            <source>%1: the entry "%2" is encrypted, which is not supported.</source>
            <translation>%1: the entry "%2" is encrypted, which is not supported.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="196" />
            <source>%1: the entry "%2" uses compression method %3; only store and deflate are accepted.</source>
            <translation>%1: the entry "%2" uses compression method %3; only store and deflate are accepted.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="205" />
            <source>%1: the entry "%2" is a symbolic link; only regular files are accepted.</source>
            <translation>%1: the entry "%2" is a symbolic link; only regular files are accepted.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="208" />
            <source>%1: the entry "%2" is a device or other special file; only regular files are accepted.</source>
            <translation>%1: the entry "%2" is a device or other special file; only regular files are accepted.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="212" />
            <source>%1: the entry "%2" is marked as a file but named like a folder.</source>
            <translation>%1: the entry "%2" is marked as a file but named like a folder.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="221" />
            <source>%1: the entry "%2" has impossible sizes or offsets.</source>
            <translation>%1: the entry "%2" has impossible sizes or offsets.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="256" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="263" />
            <source>%1: the entry "%2" appears more than once.</source>
            <translation>%1: the entry "%2" appears more than once.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="264" />
            <source>%1: the entries "%2" and "%3" differ only in letter case or Unicode normalisation.</source>
            <translation>%1: the entries "%2" and "%3" differ only in letter case or Unicode normalisation.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="273" />
            <source>%1: the folder entry "%2" has content.</source>
            <translation>%1: the folder entry "%2" has content.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="275" />
            <source>%1: the stored entry "%2" has inconsistent sizes.</source>
            <translation>%1: the stored entry "%2" has inconsistent sizes.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="277" />
            <source>%1: the entry "%2" would unpack to %3 bytes, more than the limit of %4.</source>
            <translation>%1: the entry "%2" would unpack to %3 bytes, more than the limit of %4.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="281" />
            <source>%1: the entry "%2" would unpack to %3 bytes from %4 (compression ratio above %5: a zip bomb?).</source>
            <translation>%1: the entry "%2" would unpack to %3 bytes from %4 (compression ratio above %5: a zip bomb?).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="285" />
            <source>%1 would unpack to more than %2 bytes, the limit.</source>
            <translation>%1 would unpack to more than %2 bytes, the limit.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="291" />
            <source>%1: the entry "%2" overlaps the next one (a zip bomb or a damaged archive).</source>
            <translation>%1: the entry "%2" overlaps the next one (a zip bomb or a damaged archive).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="307" />
            <source>%1: "%2" is both a file and a folder.</source>
            <translation>%1: "%2" is both a file and a folder.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="312" />
            <source>%1: the folders "%2" and "%3" differ only in letter case or Unicode normalisation.</source>
            <translation>%1: the folders "%2" and "%3" differ only in letter case or Unicode normalisation.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Session</name>
        <message>
            <location filename="../forms/session/session.cpp" line="174" />
            <source>No workspace is open.</source>
            <translation>No workspace is open.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="178" />
            <source>This workspace is open read-only; nothing can be changed.</source>
            <translation>This workspace is open read-only; nothing can be changed.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="236" />
            <source>This evidence no longer exists.</source>
            <translation>This evidence no longer exists.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="239" />
            <source>Edit evidence "%1"</source>
            <translation>Edit evidence "%1"</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="248" />
            <source>This product no longer exists.</source>
            <translation>This product no longer exists.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="251" />
            <source>Edit product "%1"</source>
            <translation>Edit product "%1"</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="260" />
            <source>This organisation no longer exists.</source>
            <translation>This organisation no longer exists.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="263" />
            <source>Edit organisation "%1"</source>
            <translation>Edit organisation "%1"</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="288" />
            <source>This declaration no longer exists.</source>
            <translation>This declaration no longer exists.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="291" />
            <source>Edit declaration details</source>
            <translation>Edit declaration details</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SignatureCheck</name>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="64" />
            <source>The signature file is not a CMS signature: %1</source>
            <translation>The signature file is not a CMS signature: %1</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="87" />
            <source>The signature does not match the signed file (%1).</source>
            <translation>The signature does not match the signed file (%1).</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="88" />
            <source>The signature names no signer certificate (%1).</source>
            <translation>The signature names no signer certificate (%1).</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="108" />
            <source>The certificate was not valid at the signing time.</source>
            <translation>The certificate was not valid at the signing time.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SubmissionGate</name>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="47" />
            <source>manufacturer name</source>
            <translation>manufacturer name</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="48" />
            <source>product name</source>
            <translation>product name</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="49" />
            <source>model number</source>
            <translation>model number</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="50" />
            <source>product category</source>
            <translation>product category</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="51" />
            <source>firmware name</source>
            <translation>firmware name</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="52" />
            <source>conforming firmware version</source>
            <translation>conforming firmware version</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="53" />
            <source>support period end date</source>
            <translation>support period end date</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="54" />
            <source>product inquiry contact</source>
            <translation>product inquiry contact</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="55" />
            <source>vulnerability reporting contact</source>
            <translation>vulnerability reporting contact</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="60" />
            <source>Product information: the %1 is missing.</source>
            <translation>Product information: the %1 is missing.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="64" />
            <source>Product information: the support period ended on %1.</source>
            <translation>Product information: the support period ended on %1.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="69" />
            <source>Product information: "%1" is not a valid web address.</source>
            <translation>Product information: "%1" is not a valid web address.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="77" />
            <source>UK PSTI route: the PSTI statement of compliance (or its URL) is missing.</source>
            <translation>UK PSTI route: the PSTI statement of compliance (or its URL) is missing.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="80" />
            <source>The evaluation completion date is not set.</source>
            <translation>The evaluation completion date is not set.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="92" />
            <source>result summary</source>
            <translation>result summary</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="94" />
            <source>test date</source>
            <translation>test date</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="96" />
            <source>firmware version</source>
            <translation>firmware version</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="98" />
            <source>an attached file</source>
            <translation>an attached file</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="119" />
            <source>the document title</source>
            <translation>the document title</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="121" />
            <source>where in it the basis is stated (page, chapter or URL)</source>
            <translation>where in it the basis is stated (page, chapter or URL)</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="123" />
            <source>the attached SBOM file</source>
            <translation>the attached SBOM file</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="125" />
            <source>%1: the document review evidence lacks %2.</source>
            <translation>%1: the document review evidence lacks %2.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="125" />
            <source> and </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="129" />
            <source>%1: conforming, but no SBOM (document evidence with the SBOM file) is recorded.</source>
            <translation>%1: conforming, but no SBOM (document evidence with the SBOM file) is recorded.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="130" />
            <source>%1: conforming, but no document review evidence is recorded.</source>
            <translation>%1: conforming, but no document review evidence is recorded.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="150" />
            <source>%1: the device test evidence lacks %2.</source>
            <translation>%1: the device test evidence lacks %2.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="150" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="155" />
            <source>%1: conforming, but no penetration test evidence is recorded.</source>
            <translation>%1: conforming, but no penetration test evidence is recorded.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="156" />
            <source>%1: conforming, but no device test evidence is recorded.</source>
            <translation>%1: conforming, but no device test evidence is recorded.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="169" />
            <source>%1: not assessed yet.</source>
            <translation>%1: not assessed yet.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="173" />
            <source>%1: non-conforming. Nothing can be submitted while any item fails.</source>
            <translation>%1: non-conforming. Nothing can be submitted while any item fails.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="178" />
            <source>%1: this item can not be declared not applicable.</source>
            <translation>%1: this item can not be declared not applicable.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="181" />
            <source>%1: not applicable needs a justification (allowed only when: %2).</source>
            <translation>%1: not applicable needs a justification (allowed only when: %2).</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="196" />
            <source>%1: the document "%2" is referenced but not attached; keep a copy with the evidence.</source>
            <translation>%1: the document "%2" is referenced but not attached; keep a copy with the evidence.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="207" />
            <source>%1: the device test was run on firmware %2, but the declaration is for firmware %3.</source>
            <translation>%1: the device test was run on firmware %2, but the declaration is for firmware %3.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="212" />
            <source>%1: the evidence file "%2" no longer matches its recorded SHA-256.</source>
            <translation>%1: the evidence file "%2" no longer matches its recorded SHA-256.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::VerdictStyle</name>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="187" />
            <source>document review</source>
            <translation>document review</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="190" />
            <source>device test</source>
            <translation>device test</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="193" />
            <source>SBOM</source>
            <translation>SBOM</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="196" />
            <source>penetration test</source>
            <translation>penetration test</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="200" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="200" />
            <source> and </source>
            <translation> and </translation>
        </message>
    </context>
    <context>
        <name>hoshi::VerificationText</name>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="11" />
            <source>Intact</source>
            <translation>Intact</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="20" />
            <source>Not intact: %n file(s) changed (%1)</source>
            <translation>
                <numerusform>Not intact: %n file changed (%1)</numerusform>
                <numerusform>Not intact: %n files changed (%1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="24" />
            <source>Not intact: the signature does not match</source>
            <translation>Not intact: the signature does not match</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="25" />
            <source>Not intact: %1</source>
            <translation>Not intact: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="30" />
            <source>Unreadable or hostile: %1</source>
            <translation>Unreadable or hostile: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="37" />
            <source>Every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match and nothing is missing or added: %n payload file(s), %1.</source>
            <translation>
                <numerusform>Every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match and nothing is missing or added: %n payload file, %1.</numerusform>
                <numerusform>Every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match and nothing is missing or added: %n payload files, %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="54" />
            <source>Nothing was extracted from the archive. Ask the sender for an intact copy.</source>
            <translation>Nothing was extracted from the archive. Ask the sender for an intact copy.</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="61" />
            <source>Not signed</source>
            <translation>Not signed</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="63" />
            <source>Signed by %1 (%2, self-signed certificate), signature valid</source>
            <translation>Signed by %1 (%2, self-signed certificate), signature valid</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="64" />
            <source>Signed by %1 (%2, certificate chained to a trusted CA), signature valid</source>
            <translation>Signed by %1 (%2, certificate chained to a trusted CA), signature valid</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="66" />
            <source>Signed by %1 (%2, certificate not chained to a trusted CA), signature valid</source>
            <translation>Signed by %1 (%2, certificate not chained to a trusted CA), signature valid</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="71" />
            <source>Signature invalid: %1</source>
            <translation>Signature invalid: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="72" />
            <source>Signed by %1, signature INVALID: %2</source>
            <translation>Signed by %1, signature INVALID: %2</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="80" />
            <source>Certificate SHA-256: %1 — compare it with the fingerprint the manufacturer gave you.</source>
            <translation>Certificate SHA-256: %1 — compare it with the fingerprint the manufacturer gave you.</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="90" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="92" />
            <source>modified</source>
            <translation>modified</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="94" />
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="96" />
            <source>unlisted</source>
            <translation>unlisted</translation>
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
            <translation>A workbench for JC-STAR IoT security self-declarations: assess every item, keep the evidence with it, and see at once what still blocks submission. A workspace is one file; every change is saved as you make it.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="76" />
            <source>New workspace…</source>
            <translation>New workspace…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="77" />
            <source>Open workspace…</source>
            <translation>Open workspace…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="78" />
            <source>Open the demo</source>
            <translation>Open the demo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="79" />
            <source>Check an evidence archive…</source>
            <translation>Check an evidence archive…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="80" />
            <source>Auditor mode: verify a retained evidence archive (.zip) and browse it read-only.</source>
            <translation>Auditor mode: verify a retained evidence archive (.zip) and browse it read-only.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="81" />
            <source>Recent workspaces</source>
            <translation>Recent workspaces</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="89" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="95" />
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Workspace</name>
        <message>
            <location filename="../core/storage/workspace.cpp" line="111" />
            <source>%1 already exists; choose another name or open it instead.</source>
            <translation>%1 already exists; choose another name or open it instead.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="115" />
            <source>The folder for %1 does not exist.</source>
            <translation>The folder for %1 does not exist.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="122" />
            <source>Cannot create %1: another program is creating it.</source>
            <translation>Cannot create %1: another program is creating it.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="139" />
            <source>%1 does not exist.</source>
            <translation>%1 does not exist.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="143" />
            <location filename="../core/storage/workspace_files.cpp" line="90" />
            <source>%1 is not a file.</source>
            <translation>%1 is not a file.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="148" />
            <source>%1 is not a Hoshi workspace (it is not an SQLite database file, or it is empty or cut short).</source>
            <translation>%1 is not a Hoshi workspace (it is not an SQLite database file, or it is empty or cut short).</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="153" />
            <source>%1 is an SQLite database but not a Hoshi workspace.</source>
            <translation>%1 is an SQLite database but not a Hoshi workspace.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="159" />
            <source>%1 is damaged: the file is shorter than its own header says (%2 of %3 bytes); it was probably truncated while copying. Restore it from a backup.</source>
            <translation>%1 is damaged: the file is shorter than its own header says (%2 of %3 bytes); it was probably truncated while copying. Restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="173" />
            <source>%1 is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
            <translation>%1 is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="179" />
            <source>%1 cannot be locked for writing (is the folder read-only?). Open it read-only instead.</source>
            <translation>%1 cannot be locked for writing (is the folder read-only?). Open it read-only instead.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="214" />
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="228" />
            <source>%1 cannot be used: %2</source>
            <translation>%1 cannot be used: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="245" />
            <source>%1 is damaged and cannot be read: %2</source>
            <translation>%1 is damaged and cannot be read: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="250" />
            <source>%1 is damaged (%2). Restore it from a backup.</source>
            <translation>%1 is damaged (%2). Restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="265" />
            <source>%1 cannot be read: %2</source>
            <translation>%1 cannot be read: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="271" />
            <source>%1 was written by a newer Hoshi (format %2; this version reads up to %3). Update Hoshi to open it.</source>
            <translation>%1 was written by a newer Hoshi (format %2; this version reads up to %3). Update Hoshi to open it.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="278" />
            <source>%1 uses an older format and must be upgraded; open it for writing once.</source>
            <translation>%1 uses an older format and must be upgraded; open it for writing once.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="286" />
            <source>Cannot back up %1 before upgrading it: %2</source>
            <translation>Cannot back up %1 before upgrading it: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="295" />
            <source>Cannot upgrade %1 to format %2: %3</source>
            <translation>Cannot upgrade %1 to format %2: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="305" />
            <source>Cannot initialise %1: %2</source>
            <translation>Cannot initialise %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="310" />
            <source>Cannot upgrade %1: %2</source>
            <translation>Cannot upgrade %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="320" />
            <source>Cannot read the criteria stored in %1: %2</source>
            <translation>Cannot read the criteria stored in %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="326" />
            <source>The criteria set %1 stored in %2 is invalid: %3</source>
            <translation>The criteria set %1 stored in %2 is invalid: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="339" />
            <source>%1 is open read-only; nothing can be changed.</source>
            <translation>%1 is open read-only; nothing can be changed.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="428" />
            <source>Cannot compact %1: %2</source>
            <translation>Cannot compact %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="120" />
            <location filename="../core/storage/workspace_files.cpp" line="216" />
            <location filename="../core/storage/workspace_files.cpp" line="257" />
            <location filename="../core/storage/workspaceutil.h" line="39" />
            <source>Cannot save: %1</source>
            <translation>Cannot save: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="363" />
            <source>This workspace already holds a different criteria set with the id %1.</source>
            <translation>This workspace already holds a different criteria set with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="368" />
            <source>Cannot store the criteria set %1: %2</source>
            <translation>Cannot store the criteria set %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="118" />
            <source>%1 is not an item of %2.</source>
            <translation>%1 is not an item of %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="119" />
            <location filename="../core/storage/workspace_assessments.cpp" line="226" />
            <location filename="../core/storage/workspace_assessments.cpp" line="359" />
            <location filename="../core/storage/workspace_catalog.cpp" line="342" />
            <location filename="../core/storage/workspace_snapshot.cpp" line="16" />
            <source>There is no declaration with the id %1.</source>
            <translation>There is no declaration with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="132" />
            <location filename="../core/storage/workspace_assessments.cpp" line="151" />
            <source>Cannot record the assessment of %1: %2</source>
            <translation>Cannot record the assessment of %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="158" />
            <source>Verdict: %1 → %2</source>
            <translation>Verdict: %1 → %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="161" />
            <source>Justification: %1</source>
            <translation>Justification: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="163" />
            <source>Notes: %1</source>
            <translation>Notes: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="230" />
            <source>Evidence must back at least one item.</source>
            <translation>Evidence must back at least one item.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="241" />
            <source>Cannot add the evidence: %1</source>
            <translation>Cannot add the evidence: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="250" />
            <location filename="../core/storage/workspace_assessments.cpp" line="296" />
            <source>Cannot link the evidence to %1: %2</source>
            <translation>Cannot link the evidence to %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="254" />
            <source>%1 evidence added: %2</source>
            <translation>%1 evidence added: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="272" />
            <source>Cannot update the evidence: %1</source>
            <translation>Cannot update the evidence: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="275" />
            <source>Evidence edited: %1</source>
            <translation>Evidence edited: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="287" />
            <location filename="../core/storage/workspace_assessments.cpp" line="328" />
            <location filename="../core/storage/workspace_files.cpp" line="83" />
            <location filename="../core/storage/workspace_files.cpp" line="229" />
            <source>There is no evidence with the id %1.</source>
            <translation>There is no evidence with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="299" />
            <source>Evidence linked: %1</source>
            <translation>Evidence linked: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="313" />
            <source>That evidence does not back %1.</source>
            <translation>That evidence does not back %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="316" />
            <source>Evidence %1 unlinked</source>
            <translation>Evidence %1 unlinked</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="332" />
            <source>Evidence removed: %1</source>
            <translation>Evidence removed: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="339" />
            <source>Cannot remove the evidence: %1</source>
            <translation>Cannot remove the evidence: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="387" />
            <source>Carried over from declaration %1 (%2); to review: %3</source>
            <translation>Carried over from declaration %1 (%2); to review: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="388" />
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="144" />
            <location filename="../core/storage/workspace_catalog.cpp" line="167" />
            <source>An organisation needs a name.</source>
            <translation>An organisation needs a name.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="152" />
            <source>Cannot add the organisation: %1</source>
            <translation>Cannot add the organisation: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="156" />
            <source>Organisation "%1" added</source>
            <translation>Organisation "%1" added</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="175" />
            <source>Cannot update the organisation: %1</source>
            <translation>Cannot update the organisation: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="178" />
            <source>Organisation details edited</source>
            <translation>Organisation details edited</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="211" />
            <location filename="../core/storage/workspace_catalog.cpp" line="238" />
            <source>A product needs a name.</source>
            <translation>A product needs a name.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="215" />
            <source>There is no organisation with the id %1.</source>
            <translation>There is no organisation with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="223" />
            <source>Cannot add the product: %1</source>
            <translation>Cannot add the product: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="227" />
            <source>Product "%1" added</source>
            <translation>Product "%1" added</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="243" />
            <location filename="../core/storage/workspace_catalog.cpp" line="305" />
            <source>There is no product with the id %1.</source>
            <translation>There is no product with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="253" />
            <source>Cannot update the product: %1</source>
            <translation>Cannot update the product: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="270" />
            <source>Product fields changed: %1</source>
            <translation>Product fields changed: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="312" />
            <source>Unknown criteria set %1.</source>
            <translation>Unknown criteria set %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="316" />
            <source>The UK PSTI route exists only for ★1 declarations.</source>
            <translation>The UK PSTI route exists only for ★1 declarations.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="325" />
            <source>Cannot add the declaration: %1</source>
            <translation>Cannot add the declaration: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="330" />
            <source>Declaration against %1 (%2) started</source>
            <translation>Declaration against %1 (%2) started</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="346" />
            <source>A declaration's product and criteria set cannot be changed; start a new declaration.</source>
            <translation>A declaration's product and criteria set cannot be changed; start a new declaration.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="356" />
            <source>Cannot update the declaration: %1</source>
            <translation>Cannot update the declaration: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="359" />
            <source>Declaration details edited</source>
            <translation>Declaration details edited</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="69" />
            <source>Cannot attach %1: %2</source>
            <translation>Cannot attach %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="73" />
            <source>File attached: %1 (%2 bytes)</source>
            <translation>File attached: %1 (%2 bytes)</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="95" />
            <location filename="../core/storage/workspace_files.cpp" line="163" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="135" />
            <location filename="../core/storage/workspace_files.cpp" line="203" />
            <location filename="../core/storage/workspace_files.cpp" line="209" />
            <location filename="../core/storage/workspace_files.cpp" line="241" />
            <location filename="../core/storage/workspace_files.cpp" line="248" />
            <source>Cannot store %1: %2</source>
            <translation>Cannot store %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="177" />
            <location filename="../core/storage/workspace_files.cpp" line="184" />
            <source>Cannot store %1: %2 (is the disk full?)</source>
            <translation>Cannot store %1: %2 (is the disk full?)</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="186" />
            <source>Import of %1 cancelled.</source>
            <translation>Import of %1 cancelled.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="269" />
            <source>There is no evidence file with the id %1.</source>
            <translation>There is no evidence file with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="273" />
            <source>File removed: %1</source>
            <translation>File removed: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="279" />
            <source>Cannot remove %1: %2</source>
            <translation>Cannot remove %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="291" />
            <source>Cannot read stored content %1: %2</source>
            <translation>Cannot read stored content %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="298" />
            <source>Reading stored content %1 was stopped.</source>
            <translation>Reading stored content %1 was stopped.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="303" />
            <location filename="../core/storage/workspace_files.cpp" line="330" />
            <source>The workspace holds no content %1.</source>
            <translation>The workspace holds no content %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="315" />
            <source>Cannot write: %1</source>
            <translation>Cannot write: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="344" />
            <source>Stored content no longer matches its SHA-256 (expected %1, found %2; %3 of %4 bytes).</source>
            <translation>Stored content no longer matches its SHA-256 (expected %1, found %2; %3 of %4 bytes).</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_snapshot.cpp" line="21" />
            <source>Declaration %1 is incomplete in this workspace.</source>
            <translation>Declaration %1 is incomplete in this workspace.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ZipPath</name>
        <message>
            <location filename="../core/archive/zippath.cpp" line="25" />
            <source>An entry has an empty name.</source>
            <translation>An entry has an empty name.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="27" />
            <source>The entry name "%1" is longer than %2 bytes.</source>
            <translation>The entry name "%1" is longer than %2 bytes.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="30" />
            <source>The entry name "%1" contains a control character.</source>
            <translation>The entry name "%1" contains a control character.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="32" />
            <source>The entry name "%1" is not valid UTF-8.</source>
            <translation>The entry name "%1" is not valid UTF-8.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="35" />
            <source>The entry "%1" has an absolute path.</source>
            <translation>The entry "%1" has an absolute path.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="46" />
            <source>The entry "%1" leaves its folder ("..").</source>
            <translation>The entry "%1" leaves its folder ("..").</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="48" />
            <source>The entry "%1" has an absolute path (drive letter).</source>
            <translation>The entry "%1" has an absolute path (drive letter).</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="50" />
            <source>The entry name "%1" has an empty or "." component.</source>
            <translation>The entry name "%1" has an empty or "." component.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="53" />
            <source>The entry name "%1" contains a backslash.</source>
            <translation>The entry name "%1" contains a backslash.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ZipWriter</name>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="63" />
            <source>unknown error</source>
            <translation>unknown error</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="77" />
            <source>The archive can not be written: the output is not open for writing.</source>
            <translation>The archive can not be written: the output is not open for writing.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="81" />
            <source>Out of memory.</source>
            <translation>Out of memory.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="92" />
            <source>The archive can not be started: %1</source>
            <translation>The archive can not be started: %1</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="100" />
            <source>The archive writer is not ready for a new entry (%1).</source>
            <translation>The archive writer is not ready for a new entry (%1).</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="104" />
            <source>The size of %1 is unknown.</source>
            <translation>The size of %1 is unknown.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="110" />
            <source>Can not select compression for %1: %2</source>
            <translation>Can not select compression for %1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="121" />
            <source>Can not add %1 to the archive: %2</source>
            <translation>Can not add %1 to the archive: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="132" />
            <location filename="../core/archive/zipwriter.cpp" line="150" />
            <source>The archive writer has no open entry.</source>
            <translation>The archive writer has no open entry.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="134" />
            <source>%1 is larger than announced (%2 bytes).</source>
            <translation>%1 is larger than announced (%2 bytes).</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="139" />
            <source>Can not write %1 into the archive: %2</source>
            <translation>Can not write %1 into the archive: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="152" />
            <source>%1 ended after %2 of %3 bytes.</source>
            <translation>%1 ended after %2 of %3 bytes.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="155" />
            <source>Can not finish %1 in the archive: %2</source>
            <translation>Can not finish %1 in the archive: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="171" />
            <source>The archive can not be completed: an entry is still open or writing failed.</source>
            <translation>The archive can not be completed: an entry is still open or writing failed.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="174" />
            <source>Can not complete the archive: %1</source>
            <translation>Can not complete the archive: %1</translation>
        </message>
    </context>
</TS>
