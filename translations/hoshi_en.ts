<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>HashStream</name>
        <message>
            <location filename="../core/util/hashstream.cpp" line="58" />
            <location filename="../core/util/hashstream.cpp" line="67" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ApplicationPackageExporter</name>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="132" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 already exists; it is not replaced.</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="139" />
            <source>Can not create the folder %1.</source>
            <translation>Can not create the folder %1.</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="202" />
            <source>Can not create %1: %2</source>
            <translation>Can not create %1: %2</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="28" />
            <location filename="../core/export/applicationpackageexporter.cpp" line="223" />
            <source>Can not write %1: %2</source>
            <translation>Can not write %1: %2</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="229" />
            <location filename="../core/export/applicationpackageexporter.cpp" line="235" />
            <source>Can not rename %1 to %2.</source>
            <translation>Can not rename %1 to %2.</translation>
        </message>
        <message>
            <location filename="../core/export/applicationpackageexporter.cpp" line="39" />
            <source>Can not read %1: %2</source>
            <translation>Can not read %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ArchiveContent</name>
        <message>
            <location filename="../forms/auditor/archivecontent.cpp" line="30" />
            <location filename="../forms/auditor/archivecontent.cpp" line="42" />
            <source>The archive holds no file %1.</source>
            <translation>The archive holds no file %1.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ArchiveVerifier</name>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="265" />
            <source>%1 is a ZIP archive but holds no BagIt bag (no bagit.txt or manifest).</source>
            <translation>%1 is a ZIP archive but holds no BagIt bag (no bagit.txt or manifest).</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="269" />
            <source>%1 holds more than one BagIt bag (%2).</source>
            <translation>%1 holds more than one BagIt bag (%2).</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="196" />
            <source>%1: "%2" is too large for a tag file (%3 bytes).</source>
            <translation>%1: "%2" is too large for a tag file (%3 bytes).</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="216" />
            <source>The verification was cancelled.</source>
            <translation>The verification was cancelled.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="226" />
            <source>"%1" lies outside the bag folder "%2".</source>
            <translation>"%1" lies outside the bag folder "%2".</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="202" />
            <source>bagit.txt is missing.</source>
            <translation>bagit.txt is missing.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="214" />
            <source>bagit.txt does not declare a BagIt version.</source>
            <translation>bagit.txt does not declare a BagIt version.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="127" />
            <source>%1 is missing.</source>
            <translation>%1 is missing.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="75" />
            <source>%1 lists "%2" twice (lines %3 and %4): a manifest names each file once.</source>
            <translation>%1 lists "%2" twice (lines %3 and %4): a manifest names each file once.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="110" />
            <source>%1 is not listed in %2: every manifest must list every file.</source>
            <translation>%1 is not listed in %2: every manifest must list every file.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="132" />
            <source>%1 can not be read: %2.</source>
            <translation>%1 can not be read: %2.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="145" />
            <source>%1 lists "%2", which is not a payload path.</source>
            <translation>%1 lists "%2", which is not a payload path.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="149" />
            <source>%1 lists "%2", which is not a tag file path: tag manifests list only tag files.</source>
            <translation>%1 lists "%2", which is not a tag file path: tag manifests list only tag files.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="172" />
            <source>%1 is missing (listed in %2).</source>
            <translation>%1 is missing (listed in %2).</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="183" />
            <source>%1 was modified: its %2 is %3, the manifest says %4.</source>
            <translation>%1 was modified: its %2 is %3, the manifest says %4.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="268" />
            <source>bag-info.txt does not record the size and number of the payload files (Payload-Oxum).</source>
            <translation>bag-info.txt does not record the size and number of the payload files (Payload-Oxum).</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="270" />
            <source>bag-info.txt records a payload of %1 (bytes.files, Payload-Oxum), but the payload in the archive is %2: files were changed, added or removed after the export.</source>
            <translation>bag-info.txt records a payload of %1 (bytes.files, Payload-Oxum), but the payload in the archive is %2: files were changed, added or removed after the export.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="107" />
            <source>%1 was added: no manifest lists it.</source>
            <translation>%1 was added: no manifest lists it.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="184" />
            <source>%1 was modified: its %2 is %3, %4 says %5.</source>
            <translation>%1 was modified: its %2 is %3, %4 says %5.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="108" />
            <source>%1 was added: no tag manifest lists it.</source>
            <translation>%1 was added: no tag manifest lists it.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="216" />
            <source>bagit.txt declares BagIt version %1; Hoshi checks BagIt 1.0 bags.</source>
            <translation>bagit.txt declares BagIt version %1; Hoshi checks BagIt 1.0 bags.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="218" />
            <source>bagit.txt does not give "Tag-File-Character-Encoding: UTF-8" on its second line.</source>
            <translation>bagit.txt does not give "Tag-File-Character-Encoding: UTF-8" on its second line.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="220" />
            <source>bagit.txt holds %1 lines; BagIt requires exactly two.</source>
            <translation>bagit.txt holds %1 lines; BagIt requires exactly two.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="228" />
            <source>The payload folder data/ is missing.</source>
            <translation>The payload folder data/ is missing.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="242" />
            <source>bag-info.txt is missing.</source>
            <translation>bag-info.txt is missing.</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="252" />
            <source>bag-info.txt line %1 is not "Label: value".</source>
            <translation>bag-info.txt line %1 is not "Label: value".</translation>
        </message>
        <message>
            <location filename="../core/verify/bagrules.cpp" line="262" />
            <source>bag-info.txt gives %1 %2 times; BagIt allows it once.</source>
            <translation>bag-info.txt gives %1 %2 times; BagIt allows it once.</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="244" />
            <source>The signature of tagmanifest-sha256.txt is not valid: %1</source>
            <translation>The signature of tagmanifest-sha256.txt is not valid: %1</translation>
        </message>
        <message>
            <location filename="../core/verify/archiveverifier.cpp" line="249" />
            <source>The archive holds no data/declaration.json.</source>
            <translation>The archive holds no data/declaration.json.</translation>
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
            <translation>%1: edit justification</translation>
        </message>
        <message>
            <location filename="../forms/session/commands.cpp" line="24" />
            <source>%1: edit notes</source>
            <translation>%1: edit notes</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AtomicFile</name>
        <message>
            <location filename="../core/util/atomicfile.cpp" line="70" />
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditChecklistModel</name>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="128" />
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="131" />
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="132" />
            <source>Exempt (PSTI)</source>
            <translation>Exempt (PSTI)</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="130" />
            <source>%1 — but %n file(s) behind it do not match the manifest</source>
            <translation>
                <numerusform>%1 — but %n file behind it does not match the manifest</numerusform>
                <numerusform>%1 — but %n files behind it do not match the manifest</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="176" />
            <source>Your finding on this item (saved with the findings file).</source>
            <translation>Your finding on this item (saved with the findings file).</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="184" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="185" />
            <source>%n ok</source>
            <translation>
                <numerusform>%n ok</numerusform>
                <numerusform>%n ok</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="190" />
            <source>Files of this item's evidence that do not match the manifests: %n.</source>
            <translation>
                <numerusform>Files of this item's evidence that do not match the manifests: %n.</numerusform>
                <numerusform>Files of this item's evidence that do not match the manifests: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="191" />
            <source>Every file of this item's evidence matches the manifests.</source>
            <translation>Every file of this item's evidence matches the manifests.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="206" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="208" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="210" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="212" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="214" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="216" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditchecklistmodel.cpp" line="218" />
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditFileModel</name>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="74" />
            <source>%1 matches both manifests.</source>
            <translation>%1 matches both manifests.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="96" />
            <source>tag file</source>
            <translation>tag file</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="96" />
            <source>payload</source>
            <translation>payload</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="103" />
            <source>matches</source>
            <translation>matches</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="122" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="124" />
            <source>Path in the bag</source>
            <translation>Path in the bag</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="126" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="128" />
            <source>Expected hash (manifest)</source>
            <translation>Expected hash (manifest)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditfilemodel.cpp" line="130" />
            <source>Actual hash (archive)</source>
            <translation>Actual hash (archive)</translation>
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
            <translation>SHA-256 (declaration): %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="174" />
            <source>Matches both manifests.</source>
            <translation>Matches both manifests.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="175" />
            <source>The archive does not hold this file.</source>
            <translation>The archive does not hold this file.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/audititemview.cpp" line="189" />
            <source>Files (%n)</source>
            <translation>
                <numerusform>Files (%n)</numerusform>
                <numerusform>Files (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="193" />
            <source>Choose an item in the checklist.</source>
            <translation>Choose an item in the checklist.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="193" />
            <source>No file backs this item.</source>
            <translation>No file backs this item.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="230" />
            <source>⚠ This file is missing from the archive: nothing shown here is what the manifest recorded.</source>
            <translation>⚠ This file is missing from the archive: nothing shown here is what the manifest recorded.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="234" />
            <source>⚠ This file does not match the manifest (%1): it is not the file that was exported and signed.</source>
            <translation>⚠ This file does not match the manifest (%1): it is not the file that was exported and signed.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="244" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="245" />
            <source>Number / version</source>
            <translation>Number / version</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="246" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="247" />
            <source>Chapter / section</source>
            <translation>Chapter / section</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="248" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="249" />
            <source>Excerpt</source>
            <translation>Excerpt</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="251" />
            <source>Procedure</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="252" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="253" />
            <source>Test date</source>
            <translation>Test date</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="254" />
            <source>Tester</source>
            <translation>Tester</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="255" />
            <source>Firmware tested</source>
            <translation>Firmware tested</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="256" />
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="261" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="264" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="272" />
            <source>Choose an item in the checklist to see its verdict and evidence.</source>
            <translation>Choose an item in the checklist to see its verdict and evidence.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="285" />
            <source>vendor scope</source>
            <translation>vendor scope</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="285" />
            <source>product scope</source>
            <translation>product scope</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="288" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="288" />
            <source>Exempt (PSTI)</source>
            <translation>Exempt (PSTI)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="290" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="291" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/audititemview.cpp" line="295" />
            <source>Evidence (%n)</source>
            <translation>
                <numerusform>Evidence (%n)</numerusform>
                <numerusform>Evidence (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="318" />
            <source>No file is attached to this evidence.</source>
            <translation>No file is attached to this evidence.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="332" />
            <source>the archive</source>
            <translation>the archive</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="366" />
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="375" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="375" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="375" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="375" />
            <source>Path in the bag</source>
            <translation>Path in the bag</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="376" />
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/audititemview.cpp" line="377" />
            <source>Copies the file out of the archive into a temporary folder and opens it with the desktop's application.</source>
            <translation>Copies the file out of the archive into a temporary folder and opens it with the desktop's application.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::AuditorPage</name>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="363" />
            <source>No archive open</source>
            <translation>No archive open</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="364" />
            <source>Open a retained evidence archive with File ▸ Open evidence archive…</source>
            <translation>Open a retained evidence archive with File ▸ Open evidence archive…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="369" />
            <source>Checking the archive…</source>
            <translation>Checking the archive…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="370" />
            <source>Every file is read once and hashed; nothing is extracted.</source>
            <translation>Every file is read once and hashed; nothing is extracted.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="375" />
            <source>Not checked: the verification was cancelled</source>
            <translation>Not checked: the verification was cancelled</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="376" />
            <source>Open the archive again to check it.</source>
            <translation>Open the archive again to check it.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="385" />
            <source>… and %n more (see Files).</source>
            <translation>
                <numerusform>… and %n more (see Files).</numerusform>
                <numerusform>… and %n more (see Files).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="407" />
            <source>Anyone can sign a forged archive with a key of their own: a valid signature says who signed only if the certificate's fingerprint is the manufacturer's.</source>
            <translation>Anyone can sign a forged archive with a key of their own: a valid signature says who signed only if the certificate's fingerprint is the manufacturer's.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="420" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="426" />
            <source>%1 · route: %2</source>
            <translation>%1 · route: %2</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="441" />
            <source>%1
subset: items %2 (of the full export %3)</source>
            <translation>%1
subset: items %2 (of the full export %3)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="450" />
            <source>Close archive</source>
            <translation>Close archive</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="451" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="453" />
            <source>Evidence archive (read-only): %1</source>
            <translation>Evidence archive (read-only): %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="454" />
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="454" />
            <source>Product:</source>
            <translation>Product:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="454" />
            <source>Firmware:</source>
            <translation>Firmware:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="454" />
            <source>Criteria:</source>
            <translation>Criteria:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="455" />
            <source>Exported:</source>
            <translation>Exported:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="455" />
            <source>Software:</source>
            <translation>Software:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="455" />
            <source>Export id:</source>
            <translation>Export id:</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="459" />
            <source>Checklist (%n item(s))</source>
            <translation>
                <numerusform>Checklist (%n item)</numerusform>
                <numerusform>Checklist (%n items)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="460" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/auditorpage.cpp" line="464" />
            <source>Files (%n changed)</source>
            <translation>
                <numerusform>Files (%n changed)</numerusform>
                <numerusform>Files (%n changed)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="465" />
            <source>Files (%1 payload + %2 tag)</source>
            <translation>Files (%1 payload + %2 tag)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="467" />
            <source>This archive holds %1. The banner and the payload size and count recorded in bag-info.txt cover the payload files only (the evidence and the application documents), not the bag's own tag files.</source>
            <translation>This archive holds %1. The banner and the payload size and count recorded in bag-info.txt cover the payload files only (the evidence and the application documents), not the bag's own tag files.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="473" />
            <source>Show only files with problems</source>
            <translation>Show only files with problems</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="477" />
            <source>Problems of the bag as a whole:</source>
            <translation>Problems of the bag as a whole:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/auditorpage.cpp" line="484" />
            <source>The declaration in the archive cannot be shown: %1</source>
            <translation>The declaration in the archive cannot be shown: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::BagIt</name>
        <message>
            <location filename="../core/export/bagit.cpp" line="70" />
            <source>line %1 is not "&lt;hash&gt;  &lt;path&gt;"</source>
            <translation>line %1 is not "&lt;hash&gt;  &lt;path&gt;"</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureDialog</name>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="41" />
            <source>This file is not output of a tool Hoshi reads (nmap XML, testssl.sh JSON, ssh-audit JSON or a CycloneDX SBOM).</source>
            <translation>This file is not output of a tool Hoshi reads (nmap XML, testssl.sh JSON, ssh-audit JSON or a CycloneDX SBOM).</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="67" />
            <source>Capture test result</source>
            <translation>Capture test result</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="86" />
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="100" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="100" />
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="100" />
            <source>Against conformity</source>
            <translation>Against conformity</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="109" />
            <source>Use suggestion</source>
            <translation>Use suggestion</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="119" />
            <source>optional: the firmware image the device ran, to record its SHA-256</source>
            <translation>optional: the firmware image the device ran, to record its SHA-256</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="120" />
            <source>Choose image…</source>
            <translation>Choose image…</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="129" />
            <source>Capture</source>
            <translation>Capture</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="133" />
            <source>Tool output file:</source>
            <translation>Tool output file:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="135" />
            <source>Tool:</source>
            <translation>Tool:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="136" />
            <source>Target:</source>
            <translation>Target:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="137" />
            <source>Scanned:</source>
            <translation>Scanned:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="138" />
            <source>Summary:</source>
            <translation>Summary:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="140" />
            <source>Item:</source>
            <translation>Item:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="142" />
            <source>Firmware version:</source>
            <translation>Firmware version:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="143" />
            <source>Firmware image:</source>
            <translation>Firmware image:</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="165" />
            <source>(choose the item this test backs)</source>
            <translation>(choose the item this test backs)</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="170" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="180" />
            <source>Tool output file</source>
            <translation>Tool output file</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="181" />
            <source>Tool output (*.xml *.json);;All files (*)</source>
            <translation>Tool output (*.xml *.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="188" />
            <source>Firmware image</source>
            <translation>Firmware image</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="188" />
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="203" />
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="232" />
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="239" />
            <source>Read as %1 output.</source>
            <translation>Read as %1 output.</translation>
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
            <translation>(not stated)</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="273" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/capture/capturedialog.cpp" line="279" />
            <source>… and %n more finding(s)</source>
            <translation>
                <numerusform>… and %n more finding</numerusform>
                <numerusform>… and %n more findings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="283" />
            <source>No findings.</source>
            <translation>No findings.</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="295" />
            <source>No item suggested for this kind of output: choose one.</source>
            <translation>No item suggested for this kind of output: choose one.</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="299" />
            <source>This kind of output usually backs %1.</source>
            <translation>This kind of output usually backs %1.</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="330" />
            <source>Choose the item this test backs.</source>
            <translation>Choose the item this test backs.</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="330" />
            <source>Choose a tool output file first.</source>
            <translation>Choose a tool output file first.</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturedialog.cpp" line="341" />
            <source>Not captured: %1</source>
            <translation>Not captured: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureFindingsPanel</name>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="103" />
            <source>Captured test results</source>
            <translation>Captured test results</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="104" />
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="104" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="104" />
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="105" />
            <source>A finding that contradicts a conforming verdict needs an answer: say why the item still conforms (or change the verdict).</source>
            <translation>A finding that contradicts a conforming verdict needs an answer: say why the item still conforms (or change the verdict).</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="107" />
            <source>Answer to the selected finding</source>
            <translation>Answer to the selected finding</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="108" />
            <source>Save answer</source>
            <translation>Save answer</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="109" />
            <source>Run again…</source>
            <translation>Run again…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="163" />
            <source>%1 — superseded by a newer capture</source>
            <translation>%1 — superseded by a newer capture</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="167" />
            <source>%1
Firmware image SHA-256: %2</source>
            <translation>%1
Firmware image SHA-256: %2</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="199" />
            <source>needs an answer</source>
            <translation>needs an answer</translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="199" />
            <source>contradicts conformity</source>
            <translation>contradicts conformity</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="208" />
            <source>… and %n more finding(s) in the findings file</source>
            <translation>
                <numerusform>… and %n more finding in the findings file</numerusform>
                <numerusform>… and %n more findings in the findings file</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/itempage/capturefindingspanel.cpp" line="214" />
            <source>No findings.</source>
            <translation>No findings.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureParser</name>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="23" />
            <source>the JSON is nested more than %1 levels deep</source>
            <translation>the JSON is nested more than %1 levels deep</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="27" />
            <source>the JSON has more than %1 values</source>
            <translation>the JSON has more than %1 values</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="50" />
            <source>the file is not usable JSON: %1</source>
            <translation>the file is not usable JSON: %1</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="83" />
            <source>%1 is not a file</source>
            <translation>%1 is not a file</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="87" />
            <source>%1 is %2; tool output over %3 is refused</source>
            <translation>%1 is %2; tool output over %3 is refused</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="93" />
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="98" />
            <source>%1 is larger than %2; refused</source>
            <translation>%1 is larger than %2; refused</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="109" />
            <source>nothing to parse into</source>
            <translation>nothing to parse into</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="113" />
            <source>the output is larger than %1; refused</source>
            <translation>the output is larger than %1; refused</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="117" />
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser.cpp" line="139" />
            <source>the output has more than %1 findings</source>
            <translation>the output has more than %1 findings</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="27" />
            <source>the XML was not written by nmap (scanner is not "nmap")</source>
            <translation>the XML was not written by nmap (scanner is not "nmap")</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="45" />
            <source>port number "%1" is outside 1-65535</source>
            <translation>port number "%1" is outside 1-65535</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="53" />
            <source>port %1 has an unknown protocol "%2"</source>
            <translation>port %1 has an unknown protocol "%2"</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="66" />
            <source>the XML is not nmap output (its root element is not &lt;nmaprun&gt;)</source>
            <translation>the XML is not nmap output (its root element is not &lt;nmaprun&gt;)</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="95" />
            <source>the XML declares a document type with its own definitions or entities; refused</source>
            <translation>the XML declares a document type with its own definitions or entities; refused</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="158" />
            <source>the XML uses an entity reference; refused</source>
            <translation>the XML uses an entity reference; refused</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="162" />
            <source>the XML is too large or too deeply nested (over %1 elements or %2 levels)</source>
            <translation>the XML is too large or too deeply nested (over %1 elements or %2 levels)</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="182" />
            <source>the XML ends before it is complete (a truncated file?)</source>
            <translation>the XML ends before it is complete (a truncated file?)</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="183" />
            <source>the XML is not well-formed (line %1: %2)</source>
            <translation>the XML is not well-formed (line %1: %2)</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_nmap.cpp" line="187" />
            <source>the file holds no XML element</source>
            <translation>the file holds no XML element</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="19" />
            <source>"%1" of a CycloneDX entry is not text</source>
            <translation>"%1" of a CycloneDX entry is not text</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="31" />
            <source>"components" of the SBOM is not an array</source>
            <translation>"components" of the SBOM is not an array</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="35" />
            <source>the SBOM nests components more than 16 levels deep</source>
            <translation>the SBOM nests components more than 16 levels deep</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="42" />
            <source>a component of the SBOM has no text "name"</source>
            <translation>a component of the SBOM has no text "name"</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="81" />
            <source>a vulnerability of the SBOM has no text "id"</source>
            <translation>a vulnerability of the SBOM has no text "id"</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="86" />
            <source>"ratings" of vulnerability %1 is not an array</source>
            <translation>"ratings" of vulnerability %1 is not an array</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="94" />
            <source>a score of vulnerability %1 is not a number</source>
            <translation>a score of vulnerability %1 is not a number</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="127" />
            <source>the file is not a CycloneDX SBOM ("bomFormat" is not "CycloneDX")</source>
            <translation>the file is not a CycloneDX SBOM ("bomFormat" is not "CycloneDX")</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="132" />
            <source>CycloneDX version "%1" is not supported (1.4 to 1.6 are)</source>
            <translation>CycloneDX version "%1" is not supported (1.4 to 1.6 are)</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_sbom.cpp" line="146" />
            <source>"vulnerabilities" of the SBOM is not an array</source>
            <translation>"vulnerabilities" of the SBOM is not an array</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="56" />
            <source>a testssl.sh entry is not an object with text "id", "severity" and "finding"</source>
            <translation>a testssl.sh entry is not an object with text "id", "severity" and "finding"</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="105" />
            <source>"scanResult" of the testssl.sh file is not an array</source>
            <translation>"scanResult" of the testssl.sh file is not an array</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="117" />
            <source>an entry of "scanResult" is not an object</source>
            <translation>an entry of "scanResult" is not an object</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="209" />
            <source>the notes of ssh-audit algorithm "%1" are not an object</source>
            <translation>the notes of ssh-audit algorithm "%1" are not an object</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="218" />
            <source>an ssh-audit "%1" entry is neither a name nor an object with "algorithm"</source>
            <translation>an ssh-audit "%1" entry is neither a name nor an object with "algorithm"</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="244" />
            <source>"cves" of the ssh-audit file is not an array</source>
            <translation>"cves" of the ssh-audit file is not an array</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="250" />
            <source>an ssh-audit CVE entry has no text "name"</source>
            <translation>an ssh-audit CVE entry has no text "name"</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="276" />
            <source>the testssl.sh file holds no results</source>
            <translation>the testssl.sh file holds no results</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="307" />
            <source>the file is not ssh-audit output (no "banner" object)</source>
            <translation>the file is not ssh-audit output (no "banner" object)</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="312" />
            <source>"target" of the ssh-audit file is not text</source>
            <translation>"target" of the ssh-audit file is not text</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="323" />
            <source>"%1" of the ssh-audit file is not an array</source>
            <translation>"%1" of the ssh-audit file is not an array</translation>
        </message>
        <message>
            <location filename="../core/capture/captureparser_tls.cpp" line="332" />
            <source>the ssh-audit file lists no algorithms</source>
            <translation>the ssh-audit file lists no algorithms</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureRecipe</name>
        <message>
            <location filename="../core/capture/capturerecipe.cpp" line="31" />
            <source>the capture recipe is not a JSON object%1</source>
            <translation>the capture recipe is not a JSON object%1</translation>
        </message>
        <message>
            <location filename="../core/capture/capturerecipe.cpp" line="37" />
            <source>the capture recipe names no known tool</source>
            <translation>the capture recipe names no known tool</translation>
        </message>
        <message>
            <location filename="../core/capture/capturerecipe.cpp" line="45" />
            <source>the arguments of the capture recipe are not a list</source>
            <translation>the arguments of the capture recipe are not a list</translation>
        </message>
        <message>
            <location filename="../core/capture/capturerecipe.cpp" line="50" />
            <source>an argument of the capture recipe is not text</source>
            <translation>an argument of the capture recipe is not text</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureRules</name>
        <message>
            <location filename="../core/gate/capturerules.cpp" line="72" />
            <source>%1: the captured %2 output reports "%3", which contradicts the conforming verdict; answer the finding with a note or review the verdict.</source>
            <translation>%1: the captured %2 output reports "%3", which contradicts the conforming verdict; answer the finding with a note or review the verdict.</translation>
        </message>
        <message>
            <location filename="../core/gate/capturerules.cpp" line="74" />
            <source>%1: the captured %2 output shows port %3 open, and the declaration does not name it among its interfaces; name it in the justification or answer the finding with a note.</source>
            <translation>%1: the captured %2 output shows port %3 open, and the declaration does not name it among its interfaces; name it in the justification or answer the finding with a note.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureService</name>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="69" />
            <source>There is no declaration with the id %1.</source>
            <translation>There is no declaration with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="73" />
            <source>Name the item the captured evidence backs.</source>
            <translation>Name the item the captured evidence backs.</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="78" />
            <source>The declaration's criteria have no item %1.</source>
            <translation>The declaration's criteria have no item %1.</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="97" />
            <source>%1 is refused: %2</source>
            <translation>%1 is refused: %2</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="116" />
            <source>Cannot read the firmware image %1: %2</source>
            <translation>Cannot read the firmware image %1: %2</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="154" />
            <source>Evidence %1 is not a captured tool output.</source>
            <translation>Evidence %1 is not a captured tool output.</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="158" />
            <source>Evidence %1 was already replaced by evidence %2; run that one again.</source>
            <translation>Evidence %1 was already replaced by evidence %2; run that one again.</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="171" />
            <source>The new output is refused: %1</source>
            <translation>The new output is refused: %1</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="194" />
            <location filename="../core/capture/captureservice.cpp" line="224" />
            <source>There is no evidence %1.</source>
            <translation>There is no evidence %1.</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="200" />
            <source>Evidence %1 has no capture recipe to run again.</source>
            <translation>Evidence %1 has no capture recipe to run again.</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="205" />
            <source>Evidence %1 backs no item of any declaration.</source>
            <translation>Evidence %1 backs no item of any declaration.</translation>
        </message>
        <message>
            <location filename="../core/capture/captureservice.cpp" line="231" />
            <source>Evidence %1 has no finding "%2".</source>
            <translation>Evidence %1 has no finding "%2".</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CaptureText</name>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="14" />
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="16" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="18" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="20" />
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="21" />
            <source>Info</source>
            <translation>Info</translation>
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
            <translation>target %1</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="64" />
            <source>firmware %1</source>
            <translation>firmware %1</translation>
        </message>
        <message>
            <location filename="../forms/capture/capturetext.cpp" line="66" />
            <source>image %1</source>
            <translation>image %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChangeDetector</name>
        <message>
            <location filename="../core/baseline/changedetector.cpp" line="254" />
            <source>The %1 state is not a Hoshi declaration (%2).</source>
            <translation>The %1 state is not a Hoshi declaration (%2).</translation>
        </message>
        <message>
            <location filename="../core/baseline/changedetector.cpp" line="266" />
            <source>earlier</source>
            <translation>earlier</translation>
        </message>
        <message>
            <location filename="../core/baseline/changedetector.cpp" line="269" />
            <source>current</source>
            <translation>current</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="24" />
            <source>verdict</source>
            <translation>verdict</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="25" />
            <source>justification</source>
            <translation>justification</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="26" />
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="27" />
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="28" />
            <source>model numbers</source>
            <translation>model numbers</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="29" />
            <source>product category</source>
            <translation>product category</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="30" />
            <source>firmware name</source>
            <translation>firmware name</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="31" />
            <source>firmware version</source>
            <translation>firmware version</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="32" />
            <source>firmware image SHA-256</source>
            <translation>firmware image SHA-256</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="33" />
            <source>effective date</source>
            <translation>effective date</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="34" />
            <source>review date</source>
            <translation>review date</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="35" />
            <source>support period end</source>
            <translation>support period end</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="36" />
            <source>product web page</source>
            <translation>product web page</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="37" />
            <source>vulnerability disclosure policy</source>
            <translation>vulnerability disclosure policy</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="38" />
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="39" />
            <source>result summary</source>
            <translation>result summary</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="40" />
            <source>test date</source>
            <translation>test date</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="41" />
            <source>route</source>
            <translation>route</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="42" />
            <source>registration number</source>
            <translation>registration number</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="43" />
            <source>label valid until</source>
            <translation>label valid until</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="44" />
            <source>label status</source>
            <translation>label status</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="54" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="56" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="58" />
            <source>Declaration</source>
            <translation>Declaration</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="65" />
            <source>Evidence #%1</source>
            <translation>Evidence #%1</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="90" />
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="99" />
            <source>%1: item added to the criteria</source>
            <translation>%1: item added to the criteria</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="99" />
            <source>%1: item no longer in the criteria</source>
            <translation>%1: item no longer in the criteria</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="101" />
            <source>%1: evidence %2 linked</source>
            <translation>%1: evidence %2 linked</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="101" />
            <source>%1: evidence %2 unlinked</source>
            <translation>%1: evidence %2 unlinked</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="103" />
            <source>Evidence %1 added (items: %2)</source>
            <translation>Evidence %1 added (items: %2)</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="103" />
            <source>Evidence %1 removed (items: %2)</source>
            <translation>Evidence %1 removed (items: %2)</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="106" />
            <source>Evidence #%1: file “%2” added (SHA-256 %3)</source>
            <translation>Evidence #%1: file “%2” added (SHA-256 %3)</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="107" />
            <source>Evidence #%1: file “%2” removed (SHA-256 %3)</source>
            <translation>Evidence #%1: file “%2” removed (SHA-256 %3)</translation>
        </message>
        <message>
            <location filename="../core/baseline/changetext.cpp" line="109" />
            <source>%1: %2 changed from %3 to %4</source>
            <translation>%1: %2 changed from %3 to %4</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChangeReport</name>
        <message>
            <location filename="../core/lifecycle/changereport.cpp" line="154" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 already exists; it is not replaced.</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/changereport.cpp" line="164" />
            <source>The folder %1 does not exist and can not be created.</source>
            <translation>The folder %1 does not exist and can not be created.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChangesView</name>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="110" />
            <source>No declaration open</source>
            <translation>No declaration open</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="121" />
            <location filename="../forms/changes/changesview.cpp" line="159" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="121" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="121" />
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="121" />
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="125" />
            <source>Not approved yet: nothing to compare with.</source>
            <translation>Not approved yet: nothing to compare with.</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="126" />
            <source>Not exported yet: nothing to compare with.</source>
            <translation>Not exported yet: nothing to compare with.</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="127" />
            <source>No label recorded yet: nothing to compare with.</source>
            <translation>No label recorded yet: nothing to compare with.</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="145" />
            <source>Since the approval of %1 by %2</source>
            <translation>Since the approval of %1 by %2</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="146" />
            <source>Since the export of %1 by %2</source>
            <translation>Since the export of %1 by %2</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="147" />
            <source>Since the label recorded %1 by %2</source>
            <translation>Since the label recorded %1 by %2</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="149" />
            <source>%1: no changes.</source>
            <translation>%1: no changes.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/changes/changesview.cpp" line="150" />
            <source>%1: %n change(s) touching %2</source>
            <translation>
                <numerusform>%1: %n change touching %2</numerusform>
                <numerusform>%1: %n changes touching %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="159" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="159" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="159" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/changes/changesview.cpp" line="170" />
            <source>%n change(s) recorded since %1</source>
            <translation>
                <numerusform>%n change recorded since %1</numerusform>
                <numerusform>%n changes recorded since %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="189" />
            <source>Since the approval</source>
            <translation>Since the approval</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="189" />
            <source>Since the last export</source>
            <translation>Since the last export</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="189" />
            <source>Since the label</source>
            <translation>Since the label</translation>
        </message>
        <message>
            <location filename="../forms/changes/changesview.cpp" line="190" />
            <source>Since a date</source>
            <translation>Since a date</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistModel</name>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="88" />
            <source>Exempt (PSTI)</source>
            <translation>Exempt (PSTI)</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="116" />
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="116" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="121" />
            <source>Vendor scope: answered once for the organisation and shared by all its products.</source>
            <translation>Vendor scope: answered once for the organisation and shared by all its products.</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="122" />
            <source>Product scope: answered for this product.</source>
            <translation>Product scope: answered for this product.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="133" />
            <source>%1: %2 (%n file(s))</source>
            <translation>
                <numerusform>%1: %2 (%n file)</numerusform>
                <numerusform>%1: %2 (%n files)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="147" />
            <source>%n blocking</source>
            <translation>
                <numerusform>%n blocking</numerusform>
                <numerusform>%n blocking</numerusform>
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
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistmodel.cpp" line="163" />
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
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
                <numerusform>%1 open of %n review comment</numerusform>
                <numerusform>%1 open of %n review comments</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="181" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="183" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="185" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="187" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="189" />
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="191" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="193" />
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="195" />
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistmodel.cpp" line="201" />
            <source>D = document review, T = device test, D+T = both</source>
            <translation>D = document review, T = device test, D+T = both</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ChecklistPage</name>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="159" />
            <source>Find item by ID or title (Ctrl+F)</source>
            <translation>Find item by ID or title (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="160" />
            <source>Product details…</source>
            <translation>Product details…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="161" />
            <source>Declaration details…</source>
            <translation>Declaration details…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="162" />
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="163" />
            <source>Application package and evidence archive (Ctrl+Shift+E)</source>
            <translation>Application package and evidence archive (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="172" />
            <source>No declaration open</source>
            <translation>No declaration open</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="174" />
            <source>This workspace has no declaration yet: follow the steps above.</source>
            <translation>This workspace has no declaration yet: follow the steps above.</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="175" />
            <source>Choose a declaration in the navigator, or create one with Edit ▸ New declaration.</source>
            <translation>Choose a declaration in the navigator, or create one with Edit ▸ New declaration.</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="182" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="183" />
            <source>%1 · route: %2</source>
            <translation>%1 · route: %2</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="185" />
            <source> · firmware %1</source>
            <translation> · firmware %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/checklist/checklistpage.cpp" line="191" />
            <source>OK %1 / assessed %2 / %3 · %n blocking problem(s)</source>
            <translation>
                <numerusform>OK %1 / assessed %2 / %3 · %n blocking problem</numerusform>
                <numerusform>OK %1 / assessed %2 / %3 · %n blocking problems</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="195" />
            <source>OK: items with a verdict and nothing blocking them. Assessed: items with a verdict. The last number is every item that counts on this route.</source>
            <translation>OK: items with a verdict and nothing blocking them. Assessed: items with a verdict. The last number is every item that counts on this route.</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="208" />
            <source>showing %1 of %2 (Esc clears)</source>
            <translation>showing %1 of %2 (Esc clears)</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="218" />
            <source>Exported on %1 (export %2, fingerprint %3…)</source>
            <translation>Exported on %1 (export %2, fingerprint %3…)</translation>
        </message>
        <message>
            <location filename="../forms/checklist/checklistpage.cpp" line="221" />
            <source>Declaration fingerprint (SHA-256 over its content) at that export: %1</source>
            <translation>Declaration fingerprint (SHA-256 over its content) at that export: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CmsSigner</name>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="81" />
            <source>The key %1 is encrypted; give its passphrase (HOSHI_KEY_PASSPHRASE).</source>
            <translation>The key %1 is encrypted; give its passphrase (HOSHI_KEY_PASSPHRASE).</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="82" />
            <source>%1 is not a PEM private key (or the passphrase is wrong): %2</source>
            <translation>%1 is not a PEM private key (or the passphrase is wrong): %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="88" />
            <source>%1 is not a PEM certificate: %2</source>
            <translation>%1 is not a PEM certificate: %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="90" />
            <source>The key %1 does not belong to the certificate %2.</source>
            <translation>The key %1 does not belong to the certificate %2.</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="107" />
            <location filename="../core/export/cmssigner.cpp" line="115" />
            <source>Signing failed: %1</source>
            <translation>Signing failed: %1</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="33" />
            <source>Can not read %1: %2</source>
            <translation>Can not read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/export/cmssigner.cpp" line="38" />
            <source>%1 is too large to be a PEM key or certificate.</source>
            <translation>%1 is too large to be a PEM key or certificate.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CommentThread</name>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="91" />
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/commentthread.cpp" line="92" />
            <source>Comments (%n open)</source>
            <translation>
                <numerusform>Comments (%n open)</numerusform>
                <numerusform>Comments (%n open)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="92" />
            <source>Comments (%1)</source>
            <translation>Comments (%1)</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="99" />
            <source>finding: %1</source>
            <translation>finding: %1</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="101" />
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="104" />
            <source>✓ Resolved by %1, %2</source>
            <translation>✓ Resolved by %1, %2</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="135" />
            <source>General remarks on the declaration</source>
            <translation>General remarks on the declaration</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="136" />
            <source>Review comments on %1</source>
            <translation>Review comments on %1</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="187" />
            <source>Write a comment (it is signed with your user name)</source>
            <translation>Write a comment (it is signed with your user name)</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="188" />
            <source>Add comment</source>
            <translation>Add comment</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="189" />
            <source>Mark resolved</source>
            <translation>Mark resolved</translation>
        </message>
        <message>
            <location filename="../forms/review/commentthread.cpp" line="190" />
            <source>The selected comment has been answered or dealt with</source>
            <translation>The selected comment has been answered or dealt with</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ConflictDialog</name>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="44" />
            <source>Someone else saved %1 first</source>
            <translation>Someone else saved %1 first</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="45" />
            <source>Not saved yet: %1</source>
            <translation>Not saved yet: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="51" />
            <source>Your text was not saved and is kept here. Take theirs, take yours, or edit the result and save it.</source>
            <translation>Your text was not saved and is kept here. Take theirs, take yours, or edit the result and save it.</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="53" />
            <source>This change was typed while the server could not be reached and is not saved. The server is back: save yours, keep what is stored, or edit the result and save it.</source>
            <translation>This change was typed while the server could not be reached and is not saved. The server is back: save yours, keep what is stored, or edit the result and save it.</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="58" />
            <source>Theirs (stored now)</source>
            <translation>Theirs (stored now)</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="58" />
            <source>Stored now</source>
            <translation>Stored now</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="59" />
            <source>Yours (not saved)</source>
            <translation>Yours (not saved)</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="60" />
            <source>Result to save</source>
            <translation>Result to save</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="63" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="78" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="80" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="83" />
            <source>Keep &amp;theirs</source>
            <translation>Keep &amp;theirs</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="83" />
            <source>&amp;Discard mine</source>
            <translation>&amp;Discard mine</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="86" />
            <source>Save &amp;mine</source>
            <translation>Save &amp;mine</translation>
        </message>
        <message>
            <location filename="../forms/common/conflictdialog.cpp" line="88" />
            <source>Save the &amp;result</source>
            <translation>Save the &amp;result</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraAnnex</name>
        <message>
            <location filename="../core/cra/craannex.cpp" line="13" />
            <source>Appropriate level of cybersecurity based on the risks</source>
            <translation>Appropriate level of cybersecurity based on the risks</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="15" />
            <source>No known exploitable vulnerabilities</source>
            <translation>No known exploitable vulnerabilities</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="16" />
            <source>Secure by default configuration</source>
            <translation>Secure by default configuration</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="17" />
            <source>Vulnerabilities addressed through security updates</source>
            <translation>Vulnerabilities addressed through security updates</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="18" />
            <source>Protection from unauthorised access</source>
            <translation>Protection from unauthorised access</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="19" />
            <source>Confidentiality of data</source>
            <translation>Confidentiality of data</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="20" />
            <source>Integrity of data, commands, programs and configuration</source>
            <translation>Integrity of data, commands, programs and configuration</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="21" />
            <source>Data minimisation</source>
            <translation>Data minimisation</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="22" />
            <source>Availability of essential functions</source>
            <translation>Availability of essential functions</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="23" />
            <source>Minimised impact on other devices and networks</source>
            <translation>Minimised impact on other devices and networks</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="24" />
            <source>Limited attack surfaces</source>
            <translation>Limited attack surfaces</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="25" />
            <source>Reduced impact of an incident (exploitation mitigation)</source>
            <translation>Reduced impact of an incident (exploitation mitigation)</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="26" />
            <source>Recording and monitoring of relevant internal activity</source>
            <translation>Recording and monitoring of relevant internal activity</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="27" />
            <source>Secure removal of data and settings</source>
            <translation>Secure removal of data and settings</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="34" />
            <source>Vulnerabilities and components identified and documented (SBOM)</source>
            <translation>Vulnerabilities and components identified and documented (SBOM)</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="35" />
            <source>Vulnerabilities remediated without delay</source>
            <translation>Vulnerabilities remediated without delay</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="36" />
            <source>Effective and regular security tests and reviews</source>
            <translation>Effective and regular security tests and reviews</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="37" />
            <source>Fixed vulnerabilities disclosed</source>
            <translation>Fixed vulnerabilities disclosed</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="38" />
            <source>Coordinated vulnerability disclosure policy</source>
            <translation>Coordinated vulnerability disclosure policy</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="39" />
            <source>Contact address for reporting vulnerabilities</source>
            <translation>Contact address for reporting vulnerabilities</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="40" />
            <source>Secure distribution of updates</source>
            <translation>Secure distribution of updates</translation>
        </message>
        <message>
            <location filename="../core/cra/craannex.cpp" line="41" />
            <source>Security updates without delay and free of charge</source>
            <translation>Security updates without delay and free of charge</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraDrafts</name>
        <message>
            <location filename="../core/cra/cradrafts_pdf.cpp" line="164" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 already exists; it is not replaced.</translation>
        </message>
        <message>
            <location filename="../core/cra/cradrafts_pdf.cpp" line="170" />
            <source>The folder %1 does not exist and can not be created.</source>
            <translation>The folder %1 does not exist and can not be created.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraFields</name>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="42" />
            <source>Software bill of materials (SBOM)</source>
            <translation>Software bill of materials (SBOM)</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="43" />
            <source>End of the support period</source>
            <translation>End of the support period</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="44" />
            <source>How the support period was determined</source>
            <translation>How the support period was determined</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="45" />
            <source>Coordinated vulnerability disclosure policy</source>
            <translation>Coordinated vulnerability disclosure policy</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="46" />
            <source>Single point of contact for vulnerabilities</source>
            <translation>Single point of contact for vulnerabilities</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="47" />
            <source>Reporting to the CSIRT and ENISA</source>
            <translation>Reporting to the CSIRT and ENISA</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="48" />
            <source>Cybersecurity risk assessment</source>
            <translation>Cybersecurity risk assessment</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="49" />
            <source>Conformity assessment procedure</source>
            <translation>Conformity assessment procedure</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="50" />
            <source>Notified body</source>
            <translation>Notified body</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="51" />
            <source>Harmonised standards and specifications applied</source>
            <translation>Harmonised standards and specifications applied</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="59" />
            <source>Module A: internal control</source>
            <translation>Module A: internal control</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="61" />
            <source>Modules B and C: EU-type examination and conformity to type</source>
            <translation>Modules B and C: EU-type examination and conformity to type</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="63" />
            <source>Module H: full quality assurance</source>
            <translation>Module H: full quality assurance</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="65" />
            <source>European cybersecurity certification scheme (EUCC)</source>
            <translation>European cybersecurity certification scheme (EUCC)</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="66" />
            <source>Not chosen yet</source>
            <translation>Not chosen yet</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="168" />
            <source>Where the SBOM of this firmware is kept (file, location or URL) and its format, e.g. CycloneDX.</source>
            <translation>Where the SBOM of this firmware is kept (file, location or URL) and its format, e.g. CycloneDX.</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="170" />
            <source>The date until which security updates are provided (YYYY-MM-DD); at least five years unless the product is expected to be used for less.</source>
            <translation>The date until which security updates are provided (YYYY-MM-DD); at least five years unless the product is expected to be used for less.</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="172" />
            <source>What the support period was determined from: expected time of use, similar products, the support of third-party components.</source>
            <translation>What the support period was determined from: expected time of use, similar products, the support of third-party components.</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="174" />
            <source>Web address of the coordinated vulnerability disclosure policy.</source>
            <translation>Web address of the coordinated vulnerability disclosure policy.</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="176" />
            <source>Address (e-mail or web form) where users and researchers report vulnerabilities.</source>
            <translation>Address (e-mail or web form) where users and researchers report vulnerabilities.</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="178" />
            <source>Who reports actively exploited vulnerabilities and severe incidents through the ENISA single reporting platform, and how (24 h early warning, 72 h notification, final report).</source>
            <translation>Who reports actively exploited vulnerabilities and severe incidents through the ENISA single reporting platform, and how (24 h early warning, 72 h notification, final report).</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="180" />
            <source>Where the cybersecurity risk assessment of the product is kept (document and version).</source>
            <translation>Where the cybersecurity risk assessment of the product is kept (document and version).</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="182" />
            <source>The conformity assessment procedure of Article 32 that applies to the product's class.</source>
            <translation>The conformity assessment procedure of Article 32 that applies to the product's class.</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="184" />
            <source>Name and identification number of the notified body, when the procedure involves one.</source>
            <translation>Name and identification number of the notified body, when the procedure involves one.</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="186" />
            <source>One a line: harmonised standards, common specifications or certification schemes applied (ids and versions).</source>
            <translation>One a line: harmonised standards, common specifications or certification schemes applied (ids and versions).</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraFieldsEditor</name>
        <message>
            <location filename="../forms/cra/crafieldseditor.cpp" line="84" />
            <source>&amp;Save CRA fields</source>
            <translation>&amp;Save CRA fields</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraReadiness</name>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="26" />
            <source>Secure-by-default configuration beyond ★1</source>
            <translation>Secure-by-default configuration beyond ★1</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="27" />
            <source>★1 checks default passwords and needless interfaces; the CRA asks for a secure default configuration as a whole, including a way to reset the product to its original state. Describe it in the technical documentation.</source>
            <translation>★1 checks default passwords and needless interfaces; the CRA asks for a secure default configuration as a whole, including a way to reset the product to its original state. Describe it in the technical documentation.</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="33" />
            <source>Support period and its justification</source>
            <translation>Support period and its justification</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="34" />
            <source>★1 asks for a stated support period; the CRA asks for its end date and for what it was determined from (Article 13(8), Annex VII (4)).</source>
            <translation>★1 asks for a stated support period; the CRA asks for its end date and for what it was determined from (Article 13(8), Annex VII (4)).</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="39" />
            <source>Software bill of materials</source>
            <translation>Software bill of materials</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="40" />
            <source>★1 does not ask for an SBOM; the CRA asks for one in a commonly used machine-readable format covering at least the top-level dependencies.</source>
            <translation>★1 does not ask for an SBOM; the CRA asks for one in a commonly used machine-readable format covering at least the top-level dependencies.</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="45" />
            <source>Coordinated vulnerability disclosure policy</source>
            <translation>Coordinated vulnerability disclosure policy</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="46" />
            <source>★1 asks for a way to receive vulnerability reports; the CRA asks for a coordinated vulnerability disclosure policy that is put in place and enforced.</source>
            <translation>★1 asks for a way to receive vulnerability reports; the CRA asks for a coordinated vulnerability disclosure policy that is put in place and enforced.</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="51" />
            <source>Single point of contact for vulnerabilities</source>
            <translation>Single point of contact for vulnerabilities</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="52" />
            <source>The CRA asks for a contact address for reporting vulnerabilities, stated with the product and in the user information (Annex II).</source>
            <translation>The CRA asks for a contact address for reporting vulnerabilities, stated with the product and in the user information (Annex II).</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="57" />
            <source>Reporting to the CSIRT and ENISA</source>
            <translation>Reporting to the CSIRT and ENISA</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="58" />
            <source>From 2026-09-11 actively exploited vulnerabilities and severe incidents are reported through ENISA's single reporting platform to the coordinating CSIRT: an early warning within 24 hours, a notification within 72 hours and a final report. ★1 has no such duty.</source>
            <translation>From 2026-09-11 actively exploited vulnerabilities and severe incidents are reported through ENISA's single reporting platform to the coordinating CSIRT: an early warning within 24 hours, a notification within 72 hours and a final report. ★1 has no such duty.</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="64" />
            <source>Cybersecurity risk assessment</source>
            <translation>Cybersecurity risk assessment</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="65" />
            <source>The CRA asks for a documented cybersecurity risk assessment that says how each Annex I requirement applies; ★1 is a fixed checklist and does not replace it.</source>
            <translation>The CRA asks for a documented cybersecurity risk assessment that says how each Annex I requirement applies; ★1 is a fixed checklist and does not replace it.</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="70" />
            <source>Conformity assessment procedure</source>
            <translation>Conformity assessment procedure</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="71" />
            <source>The manufacturer chooses the procedure the product's class allows (module A, B+C, H or a European certification scheme), with a notified body where the procedure needs one.</source>
            <translation>The manufacturer chooses the procedure the product's class allows (module A, B+C, H or a European certification scheme), with a notified body where the procedure needs one.</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="166" />
            <source>The mapping of ★1 to the CRA's Annex I (%1) is not available.</source>
            <translation>The mapping of ★1 to the CRA's Annex I (%1) is not available.</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="171" />
            <source>CRA readiness is worked out from a ★1 declaration under %1; this declaration uses %2.</source>
            <translation>CRA readiness is worked out from a ★1 declaration under %1; this declaration uses %2.</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="264" />
            <source>Covered by ★1 evidence</source>
            <translation>Covered by ★1 evidence</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="265" />
            <source>Partly covered</source>
            <translation>Partly covered</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="266" />
            <source>Not covered by ★1</source>
            <translation>Not covered by ★1</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="284" />
            <source>equivalent</source>
            <translation>equivalent</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="285" />
            <source>covers part (subset)</source>
            <translation>covers part (subset)</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="286" />
            <source>covers more (superset)</source>
            <translation>covers more (superset)</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="287" />
            <source>overlaps (intersects)</source>
            <translation>overlaps (intersects)</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="295" />
            <source>No ★1 item relates to this requirement.</source>
            <translation>No ★1 item relates to this requirement.</translation>
        </message>
        <message>
            <location filename="../core/cra/crareadiness.cpp" line="296" />
            <source>The mapping set does not list this point.</source>
            <translation>The mapping set does not list this point.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/cra/crareadiness.cpp" line="300" />
            <source>%n related ★1 item(s), none conforming with evidence yet.</source>
            <translation>
                <numerusform>%n related ★1 item, none conforming with evidence yet.</numerusform>
                <numerusform>%n related ★1 items, none conforming with evidence yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/cra/crareadiness.cpp" line="302" />
            <source>%n of %1 related ★1 item(s) conforming with evidence, one of them covering the whole requirement.</source>
            <translation>
                <numerusform>%n of %1 related ★1 item(s) conforming with evidence, one of them covering the whole requirement.</numerusform>
                <numerusform>%n of %1 related ★1 item(s) conforming with evidence, one of them covering the whole requirement.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/cra/crareadiness.cpp" line="305" />
            <source>%n of %1 related ★1 item(s) conforming with evidence; the CRA asks more here than ★1 does.</source>
            <translation>
                <numerusform>%n of %1 related ★1 item(s) conforming with evidence; the CRA asks more here than ★1 does.</numerusform>
                <numerusform>%n of %1 related ★1 item(s) conforming with evidence; the CRA asks more here than ★1 does.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/cra/crareadiness.cpp" line="307" />
            <source>%n of %1 related ★1 item(s) conforming with evidence, each covering only part of the requirement.</source>
            <translation>
                <numerusform>%n of %1 related ★1 item(s) conforming with evidence, each covering only part of the requirement.</numerusform>
                <numerusform>%n of %1 related ★1 item(s) conforming with evidence, each covering only part of the requirement.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraReadinessPage</name>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="64" />
            <source>%1 → archive %2, SHA-256 %3…</source>
            <translation>%1 → archive %2, SHA-256 %3…</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="80" />
            <source>No evidence recorded for this item.</source>
            <translation>No evidence recorded for this item.</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="192" />
            <source>← Declaration</source>
            <translation>← Declaration</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="193" />
            <source>Write &amp;drafts…</source>
            <translation>Write &amp;drafts…</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="194" />
            <source>The technical documentation draft (Annex VII) and the EU declaration of conformity draft (Annex V), in English, as PDF and JSON, for the manufacturer to complete and sign.</source>
            <translation>The technical documentation draft (Annex VII) and the EU declaration of conformity draft (Annex V), in English, as PDF and JSON, for the manufacturer to complete and sign.</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="196" />
            <source>Annex I requirements</source>
            <translation>Annex I requirements</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="197" />
            <source>What ★1 does not cover</source>
            <translation>What ★1 does not cover</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="198" />
            <source>What the CRA adds</source>
            <translation>What the CRA adds</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="199" />
            <source>Annex I</source>
            <translation>Annex I</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="199" />
            <source>Requirement</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="199" />
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="200" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="200" />
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="200" />
            <source>What the CRA asks beyond ★1</source>
            <translation>What the CRA asks beyond ★1</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="201" />
            <source>The CRA asks for these although a ★1 declaration does not record them. Each is answered in the CRA fields or, where there is no field, in the technical documentation.</source>
            <translation>The CRA asks for these although a ★1 declaration does not record them. Each is answered in the CRA fields or, where there is no field, in the technical documentation.</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="203" />
            <source>Changes to the CRA fields</source>
            <translation>Changes to the CRA fields</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="229" />
            <source>No declaration open</source>
            <translation>No declaration open</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="231" />
            <source>CRA readiness of %1 (%2)</source>
            <translation>CRA readiness of %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/cra/crareadinesspage.cpp" line="241" />
            <source>EU Cyber Resilience Act (Regulation (EU) 2024/2847), Annex I: %1 covered by ★1 evidence, %2 partly, %3 not covered. %n item(s) the CRA asks beyond ★1 still open. Hoshi prepares; the manufacturer declares.</source>
            <translation>
                <numerusform>EU Cyber Resilience Act (Regulation (EU) 2024/2847), Annex I: %1 covered by ★1 evidence, %2 partly, %3 not covered. %n item the CRA asks beyond ★1 still open. Hoshi prepares; the manufacturer declares.</numerusform>
                <numerusform>EU Cyber Resilience Act (Regulation (EU) 2024/2847), Annex I: %1 covered by ★1 evidence, %2 partly, %3 not covered. %n items the CRA asks beyond ★1 still open. Hoshi prepares; the manufacturer declares.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="261" />
            <source>Part I</source>
            <translation>Part I</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="261" />
            <source>Essential cybersecurity requirements</source>
            <translation>Essential cybersecurity requirements</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="262" />
            <source>Part II</source>
            <translation>Part II</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="262" />
            <source>Vulnerability handling requirements</source>
            <translation>Vulnerability handling requirements</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="309" />
            <source>The Regulation's text (English).</source>
            <translation>The Regulation's text (English).</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="310" />
            <source>Summary (English).</source>
            <translation>Summary (English).</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="311" />
            <source>★1 items related through the mapping</source>
            <translation>★1 items related through the mapping</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="313" />
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="317" />
            <source>Not covered by ★1</source>
            <translation>Not covered by ★1</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="319" />
            <source>Note of the mapping (English).</source>
            <translation>Note of the mapping (English).</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="322" />
            <location filename="../forms/cra/crareadinesspage.cpp" line="338" />
            <source>Recorded</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="322" />
            <location filename="../forms/cra/crareadinesspage.cpp" line="338" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="337" />
            <source>Recorded in: %1</source>
            <translation>Recorded in: %1</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="356" />
            <source>Nothing recorded yet.</source>
            <translation>Nothing recorded yet.</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="393" />
            <source>Drafts written to %1. They are in English, marked DRAFT, for the manufacturer to complete and sign.</source>
            <translation>Drafts written to %1. They are in English, marked DRAFT, for the manufacturer to complete and sign.</translation>
        </message>
        <message>
            <location filename="../forms/cra/crareadinesspage.cpp" line="401" />
            <source>Folder for the CRA drafts</source>
            <translation>Folder for the CRA drafts</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraRecordCommand</name>
        <message>
            <location filename="../forms/cra/craundocommand.cpp" line="12" />
            <location filename="../forms/cra/craundocommand.cpp" line="42" />
            <source>Edit the CRA fields</source>
            <translation>Edit the CRA fields</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CraRules</name>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="97" />
            <source>%1: "%2" is not a date (YYYY-MM-DD).</source>
            <translation>%1: "%2" is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="236" />
            <source>%1: "%2" is not a web address (https://…).</source>
            <translation>%1: "%2" is not a web address (https://…).</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="239" />
            <source>%1: "%2" is not one of %3.</source>
            <translation>%1: "%2" is not one of %3.</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="243" />
            <source>Module A (internal control) involves no notified body; remove the notified body or choose another procedure.</source>
            <translation>Module A (internal control) involves no notified body; remove the notified body or choose another procedure.</translation>
        </message>
        <message>
            <location filename="../core/cra/crarecord.cpp" line="246" />
            <source>%1 is longer than 20000 characters.</source>
            <translation>%1 is longer than 20000 characters.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaDataUpdateDialog</name>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="21" />
            <source>Update criteria data</source>
            <translation>Update criteria data</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="24" />
            <source>%1 → %2. The official criteria set stays the same; these texts of Hoshi's data change. Every verdict, justification, note, evidence link and point choice is kept.</source>
            <translation>%1 → %2. The official criteria set stays the same; these texts of Hoshi's data change. Every verdict, justification, note, evidence link and point choice is kept.</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="33" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="33" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="33" />
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="33" />
            <source>After the update</source>
            <translation>After the update</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriadataupdatedialog.cpp" line="56" />
            <source>Apply to the declaration</source>
            <translation>Apply to the declaration</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaDiff</name>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="180" />
            <source>N/A when: %1</source>
            <translation>N/A when: %1</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="180" />
            <source>N/A: never</source>
            <translation>N/A: never</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="182" />
            <source>vendor</source>
            <translation>vendor</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="182" />
            <source>product</source>
            <translation>product</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="190" />
            <source>one or more of:</source>
            <translation>one or more of:</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="190" />
            <source>all of:</source>
            <translation>all of:</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="193" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="201" />
            <source>(official: from your copy of IPA's checklist, %1, SHA-256 %2)</source>
            <translation>(official: from your copy of IPA's checklist, %1, SHA-256 %2)</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="204" />
            <source>(Hoshi placeholder, not IPA's wording)</source>
            <translation>(Hoshi placeholder, not IPA's wording)</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="205" />
            <source>(secondary source)</source>
            <translation>(secondary source)</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriadiff.cpp" line="206" />
            <source>(official source)</source>
            <translation>(official source)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaLibrary</name>
        <message>
            <location filename="../core/criteria/criterialibrary.cpp" line="26" />
            <source>%1 (Hoshi data revision %2)</source>
            <translation>%1 (Hoshi data revision %2)</translation>
        </message>
        <message>
            <location filename="../core/criteria/criterialibrary.cpp" line="63" />
            <source>Open a workspace to import criteria into it.</source>
            <translation>Open a workspace to import criteria into it.</translation>
        </message>
        <message>
            <location filename="../core/criteria/criterialibrary.cpp" line="69" />
            <source>A different data revision %1 of the criteria set %2 is already known (%3); give this file the next data revision.</source>
            <translation>A different data revision %1 of the criteria set %2 is already known (%3); give this file the next data revision.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaLibraryPage</name>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="43" />
            <source>built-in</source>
            <translation>built-in</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="45" />
            <source>user folder</source>
            <translation>user folder</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="47" />
            <source>workspace copy</source>
            <translation>workspace copy</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="48" />
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="40" />
            <source> (public comment closed %1)</source>
            <translation> (public comment closed %1)</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="42" />
            <source> (public comment from %1 to %2)</source>
            <translation> (public comment from %1 to %2)</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="43" />
            <source> (public comment open until %1)</source>
            <translation> (public comment open until %1)</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="66" />
            <source>superseded by %1</source>
            <translation>superseded by %1</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="68" />
            <source>published</source>
            <translation>published</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="69" />
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criteriastatustext.cpp" line="70" />
            <source>superseded</source>
            <translation>superseded</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="69" />
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="71" />
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="73" />
            <source>reworded</source>
            <translation>reworded</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="77" />
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="206" />
            <source>Criteria sets</source>
            <translation>Criteria sets</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="207" />
            <source>Data revision</source>
            <translation>Data revision</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="208" />
            <source>Origin</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="208" />
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="208" />
            <source>Used by</source>
            <translation>Used by</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="209" />
            <source>Import criteria file…</source>
            <translation>Import criteria file…</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="210" />
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="211" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="211" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="211" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="211" />
            <source>Older version</source>
            <translation>Older version</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="211" />
            <source>Newer version</source>
            <translation>Newer version</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="212" />
            <source>Declarations and the criteria set they were assessed against</source>
            <translation>Declarations and the criteria set they were assessed against</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="213" />
            <source>Declaration</source>
            <translation>Declaration</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="213" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="213" />
            <source>Criteria set</source>
            <translation>Criteria set</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="214" />
            <source>Update criteria data…</source>
            <translation>Update criteria data…</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="215" />
            <source>Applies a newer Hoshi data revision of the same official criteria set to the selected declaration, in place: every verdict, note, justification, evidence link and point choice stays. The changed texts are shown first.</source>
            <translation>Applies a newer Hoshi data revision of the same official criteria set to the selected declaration, in place: every verdict, note, justification, evidence link and point choice stays. The changed texts are shown first.</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="218" />
            <source>Carry over to this set</source>
            <translation>Carry over to this set</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="219" />
            <source>Starts a new declaration of the same product against the chosen set, keeping the answers and evidence of every unchanged item; the old declaration stays as it was.</source>
            <translation>Starts a new declaration of the same product against the chosen set, keeping the answers and evidence of every unchanged item; the old declaration stays as it was.</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="384" />
            <source>%1 → %2: %3 added, %4 removed, %5 changed, %6 reworded (changed items are the ones a carry-over sends to review; reworded ones keep their answers).</source>
            <translation>%1 → %2: %3 added, %4 removed, %5 changed, %6 reworded (changed items are the ones a carry-over sends to review; reworded ones keep their answers).</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="472" />
            <source>Declaration %1 now uses Hoshi data revision %2; every answer was kept.</source>
            <translation>Declaration %1 now uses Hoshi data revision %2; every answer was kept.</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="474" />
            <source>%1: answers on point %2 moved to %3</source>
            <translation>%1: answers on point %2 moved to %3</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="476" />
            <source>%1: point %2 no longer exists; choose or link its evidence again (%3)</source>
            <translation>%1: point %2 no longer exists; choose or link its evidence again (%3)</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="57" />
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="58" />
            <source>Sources (item texts are Hoshi's summaries; IPA's official Japanese documents are authoritative):</source>
            <translation>Sources (item texts are Hoshi's summaries; IPA's official Japanese documents are authoritative):</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="249" />
            <source>Hoshi data revision %1 is newer</source>
            <translation>Hoshi data revision %1 is newer</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="383" />
            <source>Choose two different sets to compare.</source>
            <translation>Choose two different sets to compare.</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="396" />
            <source>Import criteria file</source>
            <translation>Import criteria file</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="396" />
            <source>Criteria files (*.json)</source>
            <translation>Criteria files (*.json)</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="407" />
            <source>Imported %1 into the workspace.</source>
            <translation>Imported %1 into the workspace.</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="411" />
            <source>%1 at %2: %3</source>
            <translation>%1 at %2: %3</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="411" />
            <source>(whole file)</source>
            <translation>(whole file)</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="429" />
            <source>Declaration %1 created: every answer was carried over.</source>
            <translation>Declaration %1 created: every answer was carried over.</translation>
        </message>
        <message>
            <location filename="../forms/criteria/criterialibrarypage.cpp" line="430" />
            <source>Declaration %1 created. Judge these items again (new or changed):</source>
            <translation>Declaration %1 created. Judge these items again (new or changed):</translation>
        </message>
    </context>
    <context>
        <name>hoshi::CriteriaText</name>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="11" />
            <source>requirement</source>
            <translation>requirement</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="13" />
            <source>methods</source>
            <translation>methods</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="15" />
            <source>N/A rule</source>
            <translation>N/A rule</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="17" />
            <source>evaluation points</source>
            <translation>evaluation points</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="19" />
            <source>scope</source>
            <translation>scope</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="27" />
            <source>%1 (Hoshi data revision %2)</source>
            <translation>%1 (Hoshi data revision %2)</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="33" />
            <source>official source</source>
            <translation>official source</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="35" />
            <source>secondary source</source>
            <translation>secondary source</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="36" />
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="42" />
            <source>secondary source (not from IPA or METI; the full source is in the tooltip)</source>
            <translation>secondary source (not from IPA or METI; the full source is in the tooltip)</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="49" />
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="50" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../core/criteria/criteriatext.cpp" line="55" />
            <source>[%1] %2: %3, %4, %5</source>
            <translation>[%1] %2: %3, %4, %5</translation>
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
            <location filename="../forms/declaration/declarationeditor.cpp" line="67" />
            <source>Label &amp;lifecycle: application, status, changes, label page…</source>
            <translation>Label &amp;lifecycle: application, status, changes, label page…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="68" />
            <source>EU &amp;CRA readiness: Annex I coverage, what the CRA adds, drafts…</source>
            <translation>EU &amp;CRA readiness: Annex I coverage, what the CRA adds, drafts…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="86" />
            <source>No declaration open</source>
            <translation>No declaration open</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="94" />
            <source>Declaration for %1</source>
            <translation>Declaration for %1</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="98" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/declaration/declarationeditor.cpp" line="99" />
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
            <location filename="../core/export/declarationjson.cpp" line="418" />
            <source>declaration.json is not valid JSON: %1</source>
            <translation>declaration.json is not valid JSON: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="419" />
            <source>not an object</source>
            <translation>not an object</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="422" />
            <source>declaration.json is not a Hoshi declaration.</source>
            <translation>declaration.json is not a Hoshi declaration.</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="424" />
            <source>declaration.json was written by a newer Hoshi (format %1).</source>
            <translation>declaration.json was written by a newer Hoshi (format %1).</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="433" />
            <source>The criteria set in declaration.json can not be read: %1</source>
            <translation>The criteria set in declaration.json can not be read: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="455" />
            <source>The official evaluation points in declaration.json can not be read: %1</source>
            <translation>The official evaluation points in declaration.json can not be read: %1</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="401" />
            <source>declaration.json assesses the item %1, which its criteria set does not have.</source>
            <translation>declaration.json assesses the item %1, which its criteria set does not have.</translation>
        </message>
        <message>
            <location filename="../core/export/declarationjson.cpp" line="407" />
            <source>declaration.json refers to evidence %1, which it does not contain.</source>
            <translation>declaration.json refers to evidence %1, which it does not contain.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::DirectFile</name>
        <message>
            <location filename="../core/archive/directfile.cpp" line="112" />
            <source>DirectFile is for writing only.</source>
            <translation>DirectFile is for writing only.</translation>
        </message>
        <message>
            <location filename="../core/archive/directfile.cpp" line="120" />
            <source>Out of memory.</source>
            <translation>Out of memory.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvaluationPointsPanel</name>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="29" />
            <source>official source</source>
            <translation>official source</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="31" />
            <source>secondary source</source>
            <translation>secondary source</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="33" />
            <source>our wording</source>
            <translation>our wording</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="41" />
            <source>requirement</source>
            <translation>requirement</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="43" />
            <source>methods</source>
            <translation>methods</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="45" />
            <source>N/A rule</source>
            <translation>N/A rule</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="47" />
            <source>evaluation points</source>
            <translation>evaluation points</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="113" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="167" />
            <source>Evaluation points</source>
            <translation>Evaluation points</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="169" />
            <source>Alternatives: tick the point(s) this product relies on; at least one of them needs evidence of its method.</source>
            <translation>Alternatives: tick the point(s) this product relies on; at least one of them needs evidence of its method.</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="170" />
            <source>Every point needs evidence of its method. Link the item's evidence to the point it supports.</source>
            <translation>Every point needs evidence of its method. Link the item's evidence to the point it supports.</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="216" />
            <source>✓ evidenced</source>
            <translation>✓ evidenced</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="216" />
            <source>no %1 yet</source>
            <translation>no %1 yet</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="222" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="223" />
            <source>Link the item's evidence records to this evaluation point</source>
            <translation>Link the item's evidence records to this evaluation point</translation>
        </message>
        <message>
            <location filename="../forms/itempage/evaluationpointspanel.cpp" line="236" />
            <source>Add evidence to the item first</source>
            <translation>Add evidence to the item first</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceArchiveExporter</name>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="371" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 already exists; it is not replaced.</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="379" />
            <source>Can not create %1: %2</source>
            <translation>Can not create %1: %2</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="131" />
            <location filename="../core/export/evidencearchiveexporter.cpp" line="415" />
            <source>The export was cancelled.</source>
            <translation>The export was cancelled.</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="146" />
            <source>The stored content of "%1" has %2 bytes instead of %3. The workspace is damaged; nothing was exported.</source>
            <translation>The stored content of "%1" has %2 bytes instead of %3. The workspace is damaged; nothing was exported.</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="214" />
            <source>The stored content of "%1" no longer matches its SHA-256 (expected %2, found %3). The workspace is damaged; nothing was exported.</source>
            <translation>The stored content of "%1" no longer matches its SHA-256 (expected %2, found %3). The workspace is damaged; nothing was exported.</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="329" />
            <source>Can not rename %1 to %2.</source>
            <translation>Can not rename %1 to %2.</translation>
        </message>
        <message>
            <location filename="../core/export/evidencearchiveexporter.cpp" line="163" />
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
            <location filename="../forms/evidence/evidenceeditor.ui" line="64" />
            <source>Document &amp;title:</source>
            <translation>Document &amp;title:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="70" />
            <source>e.g. User manual, security policy, web page title</source>
            <translation>e.g. User manual, security policy, web page title</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="75" />
            <source>Number / &amp;version:</source>
            <translation>Number / &amp;version:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="84" />
            <source>&amp;Page(s):</source>
            <translation>&amp;Page(s):</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="90" />
            <source>e.g. 14 or 14-16</source>
            <translation>e.g. 14 or 14-16</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="95" />
            <source>&amp;Chapter / section:</source>
            <translation>&amp;Chapter / section:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="101" />
            <source>e.g. 3.2</source>
            <translation>e.g. 3.2</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="106" />
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="122" />
            <source>E&amp;xcerpt:</source>
            <translation>E&amp;xcerpt:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="129" />
            <source>The passage that states the basis, quoted</source>
            <translation>The passage that states the basis, quoted</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="141" />
            <source>&amp;Procedure:</source>
            <translation>&amp;Procedure:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="148" />
            <source>What was done, step by step</source>
            <translation>What was done, step by step</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="153" />
            <source>&amp;Result summary:</source>
            <translation>&amp;Result summary:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="160" />
            <source>What the test showed</source>
            <translation>What the test showed</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="165" />
            <source>Test &amp;date:</source>
            <translation>Test &amp;date:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="181" />
            <source>T&amp;ester:</source>
            <translation>T&amp;ester:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="190" />
            <source>&amp;Firmware version tested:</source>
            <translation>&amp;Firmware version tested:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="204" />
            <source>En&amp;vironment:</source>
            <translation>En&amp;vironment:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="211" />
            <source>Test network, tools and their versions</source>
            <translation>Test network, tools and their versions</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="221" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="234" />
            <source>&amp;Attach files…</source>
            <translation>&amp;Attach files…</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="235" />
            <source>Ctrl+Shift+A; files can also be dropped here</source>
            <translation>Ctrl+Shift+A; files can also be dropped here</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="240" />
            <location filename="../forms/evidence/evidenceeditor.cpp" line="504" />
            <source>Remove file</source>
            <translation>Remove file</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="253" />
            <source>Drop files anywhere on this page to attach them.</source>
            <translation>Drop files anywhere on this page to attach them.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="275" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.ui" line="284" />
            <source>Backs these items</source>
            <translation>Backs these items</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="103" />
            <source>This does not look like a web address (https://…).</source>
            <translation>This does not look like a web address (https://…).</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="135" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="136" />
            <source>Evidence must back at least one item. Remove it instead if it is no longer needed.</source>
            <translation>Evidence must back at least one item. Remove it instead if it is no longer needed.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="154" />
            <source>Importing %1…</source>
            <translation>Importing %1…</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="195" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="196" />
            <source>Do not keep this new evidence record</source>
            <translation>Do not keep this new evidence record</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="241" />
            <source>No evidence selected</source>
            <translation>No evidence selected</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="261" />
            <source>Document review for %1</source>
            <translation>Document review for %1</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="262" />
            <source>Device test for %1</source>
            <translation>Device test for %1</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="294" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="297" />
            <source>%1
SHA-256: %2
Added %3</source>
            <translation>%1
SHA-256: %2
Added %3</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="307" />
            <source>No file attached yet. Attach one with the button, or drop files here.</source>
            <translation>No file attached yet. Attach one with the button, or drop files here.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="322" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="466" />
            <source>Attach evidence files</source>
            <translation>Attach evidence files</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="476" />
            <location filename="../forms/evidence/evidenceeditor.cpp" line="488" />
            <source>Attach files</source>
            <translation>Attach files</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="477" />
            <source>Another import is still running; wait for it or cancel it.</source>
            <translation>Another import is still running; wait for it or cancel it.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="478" />
            <source>Files cannot be attached in this workspace.</source>
            <translation>Files cannot be attached in this workspace.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="491" />
            <source>Import cancelled; nothing of the cancelled file was kept.</source>
            <translation>Import cancelled; nothing of the cancelled file was kept.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceeditor.cpp" line="505" />
            <source>Remove %1 from this evidence? This cannot be undone.</source>
            <translation>Remove %1 from this evidence? This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceImport</name>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="121" />
            <source>it is not a JSON object</source>
            <translation>it is not a JSON object</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="130" />
            <source>unknown key "%1"</source>
            <translation>unknown key "%1"</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="135" />
            <source>"%1" must be a string</source>
            <translation>"%1" must be a string</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="142" />
            <source>"kind" must be "document" or "device-test"</source>
            <translation>"kind" must be "document" or "device-test"</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="147" />
            <source>"items" must be a non-empty array of item ids</source>
            <translation>"items" must be a non-empty array of item ids</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="73" />
            <source>"%1" must be a date as YYYY-MM-DD, not "%2"</source>
            <translation>"%1" must be a date as YYYY-MM-DD, not "%2"</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="91" />
            <source>"firmwareImageSha256" must be 64 hexadecimal digits, not "%1"</source>
            <translation>"firmwareImageSha256" must be 64 hexadecimal digits, not "%1"</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="157" />
            <source>"files" must be an array of file paths</source>
            <translation>"files" must be an array of file paths</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="173" />
            <source>The import file is refused: %1.</source>
            <translation>The import file is refused: %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="178" />
            <source>The import file must hold a JSON array of evidence records.</source>
            <translation>The import file must hold a JSON array of evidence records.</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="188" />
            <source>Record %1: %2. Nothing was imported.</source>
            <translation>Record %1: %2. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="194" />
            <source>The import file holds no evidence records.</source>
            <translation>The import file holds no evidence records.</translation>
        </message>
        <message>
            <location filename="../core/storage/evidenceimport.cpp" line="214" />
            <source>Record %1: %2 Nothing was imported.</source>
            <translation>Record %1: %2 Nothing was imported.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceLinkCommand</name>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="71" />
            <source>%1: link evidence</source>
            <translation>%1: link evidence</translation>
        </message>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="71" />
            <source>%1: unlink evidence</source>
            <translation>%1: unlink evidence</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidencePresenceCommand</name>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="13" />
            <source>Add evidence "%1"</source>
            <translation>Add evidence "%1"</translation>
        </message>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="13" />
            <source>Remove evidence "%1"</source>
            <translation>Remove evidence "%1"</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidencePreview</name>
        <message numerus="yes">
            <location filename="../forms/preview/evidencepreview.cpp" line="542" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n hit</numerusform>
                <numerusform>%n hits</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="231" />
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="232" />
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="233" />
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="234" />
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="235" />
            <source>Fit to width</source>
            <translation>Fit to width</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="236" />
            <source>Search in the PDF</source>
            <translation>Search in the PDF</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="237" />
            <source>Use this page</source>
            <translation>Use this page</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="238" />
            <source>Write the page shown into the page field of the document reference</source>
            <translation>Write the page shown into the page field of the document reference</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="239" />
            <location filename="../forms/preview/evidencepreview.cpp" line="448" />
            <source>This PDF is protected by a password. Enter it to view the document (the password is not stored).</source>
            <translation>This PDF is protected by a password. Enter it to view the document (the password is not stored).</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="241" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="247" />
            <source>Attached files</source>
            <translation>Attached files</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="277" />
            <source>No file to preview.</source>
            <translation>No file to preview.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="302" />
            <source>No file attached to this evidence yet.</source>
            <translation>No file attached to this evidence yet.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="359" />
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="363" />
            <source>This PDF is too large to preview here (%1).</source>
            <translation>This PDF is too large to preview here (%1).</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="366" />
            <source>Rendering %1…</source>
            <translation>Rendering %1…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="375" />
            <location filename="../forms/preview/evidencepreview.cpp" line="379" />
            <source>Loading %1…</source>
            <translation>Loading %1…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="389" />
            <source>%1 (%2) cannot be previewed here; open it with another application.</source>
            <translation>%1 (%2) cannot be previewed here; open it with another application.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="494" />
            <source>Rendering…</source>
            <translation>Rendering…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="538" />
            <source>p. %1: …%2…</source>
            <translation>p. %1: …%2…</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="556" />
            <source>Cannot read %1 from the workspace: %2</source>
            <translation>Cannot read %1 from the workspace: %2</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="386" />
            <source>%1 (%2) cannot be previewed here. It is kept in the workspace with its SHA-256.</source>
            <translation>%1 (%2) cannot be previewed here. It is kept in the workspace with its SHA-256.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="461" />
            <location filename="../forms/preview/evidencepreview.cpp" line="504" />
            <location filename="../forms/preview/evidencepreview.cpp" line="529" />
            <source>This PDF cannot be shown: %1</source>
            <translation>This PDF cannot be shown: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="444" />
            <source>That password is not correct. Try again.</source>
            <translation>That password is not correct. Try again.</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="557" />
            <source>Cannot read %1 from %2: %3</source>
            <translation>Cannot read %1 from %2: %3</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="372" />
            <source>This image is too large to preview here (%1).</source>
            <translation>This image is too large to preview here (%1).</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="567" />
            <source>This image cannot be shown: %1</source>
            <translation>This image cannot be shown: %1</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="583" />
            <source>[… preview shows the first %1 of %2]</source>
            <translation>[… preview shows the first %1 of %2]</translation>
        </message>
        <message>
            <location filename="../forms/preview/evidencepreview.cpp" line="636" />
            <source>of %1</source>
            <translation>of %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceRules</name>
        <message>
            <location filename="../core/gate/evidencerules.cpp" line="30" />
            <source>%1: a device test record is empty (no summary, procedure or file); fill it in or remove it.</source>
            <translation>%1: a device test record is empty (no summary, procedure or file); fill it in or remove it.</translation>
        </message>
        <message>
            <location filename="../core/gate/evidencerules.cpp" line="32" />
            <source>%1: a document review record is empty (no title, reference or file); fill it in or remove it.</source>
            <translation>%1: a document review record is empty (no title, reference or file); fill it in or remove it.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::EvidenceShelfLifeFields</name>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="74" />
            <source>Effective &amp;on:</source>
            <translation>Effective &amp;on:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="75" />
            <source>When the fact was established: the document's date or the test date. Empty: the test date of a device test.</source>
            <translation>When the fact was established: the document's date or the test date. Empty: the test date of a device test.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="77" />
            <source>Review &amp;by:</source>
            <translation>Review &amp;by:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="78" />
            <source>When this evidence must be looked at again. Empty: the workspace's default review period for its kind.</source>
            <translation>When this evidence must be looked at again. Empty: the workspace's default review period for its kind.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="80" />
            <source>Captured with:</source>
            <translation>Captured with:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="81" />
            <source>Target:</source>
            <translation>Target:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="82" />
            <source>Firmware image SHA-256:</source>
            <translation>Firmware image SHA-256:</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="104" />
            <source>Default: %1 (%n month(s) after the effective date)</source>
            <translation>
                <numerusform>Default: %1 (%n month after the effective date)</numerusform>
                <numerusform>Default: %1 (%n months after the effective date)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="107" />
            <source>Default: %n month(s) after the effective date (none set yet)</source>
            <translation>
                <numerusform>Default: %n month after the effective date (none set yet)</numerusform>
                <numerusform>Default: %n months after the effective date (none set yet)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="109" />
            <source>No default review date for this kind of evidence</source>
            <translation>No default review date for this kind of evidence</translation>
        </message>
        <message>
            <location filename="../forms/evidence/evidenceshelflifefields.cpp" line="112" />
            <source>Test date: %1</source>
            <translation>Test date: %1</translation>
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
            <translation>Cancelling… nothing will be left under the final names.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="313" />
            <location filename="../forms/export/exportdialog.cpp" line="317" />
            <source>Export declaration</source>
            <translation>Export declaration</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="315" />
            <source>Export %1 — %2</source>
            <translation>Export %1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="318" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="319" />
            <location filename="../forms/export/exportdialog.cpp" line="354" />
            <location filename="../forms/export/exportdialog.cpp" line="404" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="319" />
            <location filename="../forms/export/exportdialog.cpp" line="404" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="322" />
            <source>Nothing has been written. Click a problem to go to it; export again once none is left.</source>
            <translation>Nothing has been written. Click a problem to go to it; export again once none is left.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="324" />
            <source>This declaration cannot be exported yet (%n blocking problem(s)).</source>
            <translation>
                <numerusform>This declaration cannot be exported yet (%n blocking problem).</numerusform>
                <numerusform>This declaration cannot be exported yet (%n blocking problems).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="326" />
            <source>Output &amp;folder:</source>
            <translation>Output &amp;folder:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="328" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="329" />
            <source>Write:</source>
            <translation>Write:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="330" />
            <source>&amp;Application package for IPA (checklist PDF, XLSX, CSV, application data, README)</source>
            <translation>&amp;Application package for IPA (checklist PDF, XLSX, CSV, application data, README)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="331" />
            <source>Checklist in &amp;English (allowed on the UK PSTI route; Japanese otherwise)</source>
            <translation>Checklist in &amp;English (allowed on the UK PSTI route; Japanese otherwise)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="332" />
            <source>Retained e&amp;vidence archive (BagIt ZIP with every evidence file, for auditors)</source>
            <translation>Retained e&amp;vidence archive (BagIt ZIP with every evidence file, for auditors)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="333" />
            <source>For an IPA evidence request: only the evidence of these &amp;items (for example S1.1-04, S1.1-13; empty: every item). A subset holds no application package.</source>
            <translation>For an IPA evidence request: only the evidence of these &amp;items (for example S1.1-04, S1.1-13; empty: every item). A subset holds no application package.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="335" />
            <source>every item</source>
            <translation>every item</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="336" />
            <source>Signature (optional)</source>
            <translation>Signature (optional)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="337" />
            <source>&amp;Sign the evidence archive</source>
            <translation>&amp;Sign the evidence archive</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="338" />
            <source>Private key (PEM):</source>
            <translation>Private key (PEM):</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="339" />
            <source>Certificate (PEM):</source>
            <translation>Certificate (PEM):</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="340" />
            <location filename="../forms/export/exportdialog.cpp" line="341" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="342" />
            <source>Key passphrase:</source>
            <translation>Key passphrase:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="343" />
            <source>only for an encrypted key</source>
            <translation>only for an encrypted key</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="344" />
            <source>Create a key pair…</source>
            <translation>Create a key pair…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="345" />
            <source>Makes a self-signed ECDSA P-256 key and certificate in a folder you choose, named after the organisation.</source>
            <translation>Makes a self-signed ECDSA P-256 key and certificate in a folder you choose, named after the organisation.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="347" />
            <source>The signature covers every file of the archive. Give the certificate's fingerprint to whoever will check your archives.</source>
            <translation>The signature covers every file of the archive. Give the certificate's fingerprint to whoever will check your archives.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="350" />
            <source>Nothing blocks submission (%n warning(s)).</source>
            <translation>
                <numerusform>Nothing blocks submission (%n warning).</numerusform>
                <numerusform>Nothing blocks submission (%n warnings).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="351" />
            <source>Nothing blocks submission.</source>
            <translation>Nothing blocks submission.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="355" />
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="379" />
            <source>No declaration is open.</source>
            <translation>No declaration is open.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="414" />
            <source>Export into folder</source>
            <translation>Export into folder</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="422" />
            <source>Signing certificate</source>
            <translation>Signing certificate</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="422" />
            <source>Signing key</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="423" />
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation>PEM files (*.pem *.crt *.key);;All files (*)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="430" />
            <source>Folder for the new key pair</source>
            <translation>Folder for the new key pair</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="433" />
            <source>Hoshi signing key</source>
            <translation>Hoshi signing key</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="437" />
            <source>Passphrase for the new key</source>
            <translation>Passphrase for the new key</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="438" />
            <source>A passphrase protects the signing key if the file is copied. Leave both fields empty for a key without one. It is asked for again at every signed export; it can not be recovered.</source>
            <translation>A passphrase protects the signing key if the file is copied. Leave both fields empty for a key without one. It is asked for again at every signed export; it can not be recovered.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="452" />
            <source>Created %1 and %2 (%3). Certificate fingerprint (SHA-256): %4. Keep the key private.</source>
            <translation>Created %1 and %2 (%3). Certificate fingerprint (SHA-256): %4. Keep the key private.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="501" />
            <source>Key passphrase</source>
            <translation>Key passphrase</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="501" />
            <source>The signing key %1 is protected by a passphrase:</source>
            <translation>The signing key %1 is protected by a passphrase:</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="525" />
            <source>Writing the application package…</source>
            <translation>Writing the application package…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="525" />
            <source>Preparing the export…</source>
            <translation>Preparing the export…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="527" />
            <source>Writing the evidence archive…</source>
            <translation>Writing the evidence archive…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="531" />
            <source>Checking the written archive…</source>
            <translation>Checking the written archive…</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="571" />
            <source>Export cancelled. Nothing was written.</source>
            <translation>Export cancelled. Nothing was written.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="572" />
            <source>The export failed and nothing was written: %1</source>
            <translation>The export failed and nothing was written: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="582" />
            <source>Export complete: %n item(s) written to %1.</source>
            <translation>
                <numerusform>Export complete: %n item written to %1.</numerusform>
                <numerusform>Export complete: %n items written to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="586" />
            <source>%n item(s) written to %1, but the export was not recorded in the workspace (no Export baseline, state unchanged): %2</source>
            <translation>
                <numerusform>%n item written to %1, but the export was not recorded in the workspace (no Export baseline, state unchanged): %2</numerusform>
                <numerusform>%n items written to %1, but the export was not recorded in the workspace (no Export baseline, state unchanged): %2</numerusform>
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
            <translation>application package (folder)</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="608" />
            <source>application package (ZIP)</source>
            <translation>application package (ZIP)</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/export/exportdialog.cpp" line="610" />
            <source>evidence archive, %n evidence file(s)</source>
            <translation>
                <numerusform>evidence archive, %n evidence file</numerusform>
                <numerusform>evidence archive, %n evidence files</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="618" />
            <source>The written archive was not checked (cancelled). Open it with File ▸ Open evidence archive to check it.</source>
            <translation>The written archive was not checked (cancelled). Open it with File ▸ Open evidence archive to check it.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="623" />
            <source>Evidence archive checked after writing: %1.</source>
            <translation>Evidence archive checked after writing: %1.</translation>
        </message>
        <message>
            <location filename="../forms/export/exportdialog.cpp" line="630" />
            <source>Certificate SHA-256: %1 — give this fingerprint to whoever will check your archives.</source>
            <translation>Certificate SHA-256: %1 — give this fingerprint to whoever will check your archives.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportJob</name>
        <message>
            <location filename="../core/export/exportjob.cpp" line="50" />
            <source>A subset names the full evidence archive it belongs to, and this declaration has never been exported. Export it in full first.</source>
            <translation>A subset names the full evidence archive it belongs to, and this declaration has never been exported. Export it in full first.</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="65" />
            <source>A form profile goes with a form template (--form).</source>
            <translation>A form profile goes with a form template (--form).</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="112" />
            <source>Nothing to export: both the package and the archive were left out.</source>
            <translation>Nothing to export: both the package and the archive were left out.</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="114" />
            <source>An evidence subset is an evidence archive; it can not leave the archive out.</source>
            <translation>An evidence subset is an evidence archive; it can not leave the archive out.</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="116" />
            <source>Signing needs both a key and a certificate.</source>
            <translation>Signing needs both a key and a certificate.</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="119" />
            <source>The output folder %1 is not a folder.</source>
            <translation>The output folder %1 is not a folder.</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="144" />
            <source>The output folder %1 does not exist and can not be created.</source>
            <translation>The output folder %1 does not exist and can not be created.</translation>
        </message>
        <message>
            <location filename="../core/export/exportjob.cpp" line="217" />
            <source>Unknown document language "%1"; use ja or en.</source>
            <translation>Unknown document language "%1"; use ja or en.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/export/exportjob.cpp" line="139" />
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
            <location filename="../core/export/exportpdf.cpp" line="66" />
            <source>Writing PDF files needs a QGuiApplication (hoshi-cli creates one for export).</source>
            <translation>Writing PDF files needs a QGuiApplication (hoshi-cli creates one for export).</translation>
        </message>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="100" />
            <source>The PDF "%1" could not be produced.</source>
            <translation>The PDF "%1" could not be produced.</translation>
        </message>
        <message>
            <location filename="../core/export/exportpdf.cpp" line="163" />
            <source>No Japanese font (IPAPGothic, package fonts-ipafont-gothic) was found; Japanese text in the PDFs will not be searchable.</source>
            <translation>No Japanese font (IPAPGothic, package fonts-ipafont-gothic) was found; Japanese text in the PDFs will not be searchable.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExportRunner</name>
        <message>
            <location filename="../forms/export/exportrunner.cpp" line="60" />
            <source>The export ended without a result.</source>
            <translation>The export ended without a result.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ExtractedCopies</name>
        <message>
            <location filename="../core/archive/extractedcopies.cpp" line="24" />
            <source>No temporary folder: %1</source>
            <translation>No temporary folder: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FieldMarker</name>
        <message>
            <location filename="../forms/common/fieldmarker.h" line="39" />
            <source>Use the form YYYY-MM-DD, for example 2027-03-31.</source>
            <translation>Use the form YYYY-MM-DD, for example 2027-03-31.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Finding</name>
        <message>
            <location filename="../core/findings/findings.cpp" line="41" />
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../core/findings/findings.cpp" line="43" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../core/findings/findings.cpp" line="45" />
            <source>More evidence needed</source>
            <translation>More evidence needed</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsArchive</name>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="32" />
            <source>Findings can only be recorded on an intact archive.</source>
            <translation>Findings can only be recorded on an intact archive.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="36" />
            <source>The archive holds no readable declaration: %1</source>
            <translation>The archive holds no readable declaration: %1</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="43" />
            <source>The archive has no export id (Hoshi-Export-Id in bag-info.txt), so findings on it could not be matched to the declaration that produced it.</source>
            <translation>The archive has no export id (Hoshi-Export-Id in bag-info.txt), so findings on it could not be matched to the declaration that produced it.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="62" />
            <source>The findings are about the export %1, this archive is the export %2.</source>
            <translation>The findings are about the export %1, this archive is the export %2.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsarchive.cpp" line="67" />
            <source>The findings are about an archive with another payload (manifest SHA-256 %1, this archive %2).</source>
            <translation>The findings are about an archive with another payload (manifest SHA-256 %1, this archive %2).</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsFile</name>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="54" />
            <source>%1: unknown field "%2".</source>
            <translation>%1: unknown field "%2".</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="68" />
            <source>%1: "%2" must be a text.</source>
            <translation>%1: "%2" must be a text.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="71" />
            <source>%1: "%2" is empty.</source>
            <translation>%1: "%2" is empty.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="73" />
            <source>%1: "%2" is longer than %3 characters.</source>
            <translation>%1: "%2" is longer than %3 characters.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="75" />
            <source>%1: "%2" holds control characters.</source>
            <translation>%1: "%2" holds control characters.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="86" />
            <source>%1: "%2" is not a UTC time (YYYY-MM-DDThh:mm:ssZ).</source>
            <translation>%1: "%2" is not a UTC time (YYYY-MM-DDThh:mm:ssZ).</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="94" />
            <source>%1: "%2" is missing or not an object.</source>
            <translation>%1: "%2" is missing or not an object.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="103" />
            <source>%1: "%2" is missing or not a list.</source>
            <translation>%1: "%2" is missing or not a list.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="113" />
            <source>%1: "%2" must be a positive whole number.</source>
            <translation>%1: "%2" must be a positive whole number.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="141" />
            <source>archive: "payloadManifestSha256" must be 64 lower-case hexadecimal digits.</source>
            <translation>archive: "payloadManifestSha256" must be 64 lower-case hexadecimal digits.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="162" />
            <source>declaration: "modelNumbers" must be a list of texts.</source>
            <translation>declaration: "modelNumbers" must be a list of texts.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="171" />
            <source>The file holds %1 findings; at most %2 are accepted.</source>
            <translation>The file holds %1 findings; at most %2 are accepted.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="180" />
            <source>%1: must be an object.</source>
            <translation>%1: must be an object.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="193" />
            <source>%1: unknown status "%2" (accepted, question or more-evidence).</source>
            <translation>%1: unknown status "%2" (accepted, question or more-evidence).</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="197" />
            <source>%1: a question or a request for more evidence needs a text.</source>
            <translation>%1: a question or a request for more evidence needs a text.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="199" />
            <source>%1: item %2 has a finding already.</source>
            <translation>%1: item %2 has a finding already.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="214" />
            <source>This is not a Hoshi findings file ("format" is not "%1").</source>
            <translation>This is not a Hoshi findings file ("format" is not "%1").</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="219" />
            <source>The findings file has format version %1; this Hoshi reads version %2. Update Hoshi to import it.</source>
            <translation>The findings file has format version %1; this Hoshi reads version %2. Update Hoshi to import it.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="236" />
            <source>findings file: "signature" must be "none" or "detached-cms".</source>
            <translation>findings file: "signature" must be "none" or "detached-cms".</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="239" />
            <source>The findings file holds no findings and no remarks.</source>
            <translation>The findings file holds no findings and no remarks.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="279" />
            <source>The findings file is not a JSON object.</source>
            <translation>The findings file is not a JSON object.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="279" />
            <source>The findings file is refused: %1.</source>
            <translation>The findings file is refused: %1.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="315" />
            <source>Cannot remove the old signature %1.</source>
            <translation>Cannot remove the old signature %1.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="325" />
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="329" />
            <source>%1 is larger than a findings file can be (%2 MiB).</source>
            <translation>%1 is larger than a findings file can be (%2 MiB).</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="336" />
            <source>%1 is not a valid findings file: %2</source>
            <translation>%1 is not a valid findings file: %2</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="343" />
            <source>%1 says it is signed, but its signature %2 is missing. The file is not imported.</source>
            <translation>%1 says it is signed, but its signature %2 is missing. The file is not imported.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="351" />
            <source>Cannot read the signature %1.</source>
            <translation>Cannot read the signature %1.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsfile.cpp" line="356" />
            <source>The signature of %1 does not verify: the file was changed after it was signed, or the signature belongs to another file (%2).</source>
            <translation>The signature of %1 does not verify: the file was changed after it was signed, or the signature belongs to another file (%2).</translation>
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
            <translation>Import findings</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="14" />
            <source>Findings files (*-findings.json);;JSON files (*.json)</source>
            <translation>Findings files (*-findings.json);;JSON files (*.json)</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="21" />
            <source>Open the workspace for editing to import findings.</source>
            <translation>Open the workspace for editing to import findings.</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="27" />
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/findingsimportaction.cpp" line="30" />
            <source>%n finding(s) by %1 arrived as comments: %2 accepted, %3 questions, %4 more evidence needed.</source>
            <translation>
                <numerusform>%n finding by %1 arrived as comments: %2 accepted, %3 questions, %4 more evidence needed.</numerusform>
                <numerusform>%n findings by %1 arrived as comments: %2 accepted, %3 questions, %4 more evidence needed.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="37" />
            <source>The general remarks are a comment on the declaration.</source>
            <translation>The general remarks are a comment on the declaration.</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="40" />
            <source>Signed by %1. Certificate fingerprint (SHA-256): %2 — compare it with the one the reviewer gave you.</source>
            <translation>Signed by %1. Certificate fingerprint (SHA-256): %2 — compare it with the one the reviewer gave you.</translation>
        </message>
        <message>
            <location filename="../forms/review/findingsimportaction.cpp" line="43" />
            <source>The findings are not signed.</source>
            <translation>The findings are not signed.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsImporter</name>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="40" />
            <source>declaration %1 (%2, %3)</source>
            <translation>declaration %1 (%2, %3)</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="52" />
            <source>The findings are for another declaration: the archive %1 was exported from declaration %2 of this workspace, but the findings name %3.</source>
            <translation>The findings are for another declaration: the archive %1 was exported from declaration %2 of this workspace, but the findings name %3.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="63" />
            <source>The findings are for another archive, one this workspace did not export (export %1 of %2): no declaration here matches it.</source>
            <translation>The findings are for another archive, one this workspace did not export (export %1 of %2): no declaration here matches it.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="69" />
            <source>The findings are for another archive: declaration %1 was never exported with the export id %2.</source>
            <translation>The findings are for another archive: declaration %1 was never exported with the export id %2.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="83" />
            <source>The criteria set of declaration %1 is not available.</source>
            <translation>The criteria set of declaration %1 is not available.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="88" />
            <source>The findings name item %1, which %2 does not have.</source>
            <translation>The findings name item %1, which %2 does not have.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="101" />
            <source>These findings (%1, %2) were imported before.</source>
            <translation>These findings (%1, %2) were imported before.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="148" />
            <source>The findings are for another declaration: they belong to declaration %1 (%2), not to declaration %3.</source>
            <translation>The findings are for another declaration: they belong to declaration %1 (%2), not to declaration %3.</translation>
        </message>
        <message>
            <location filename="../core/findings/findingsimporter.cpp" line="193" />
            <source>%1 is not imported: %2</source>
            <translation>%1 is not imported: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FindingsPanel</name>
        <message numerus="yes">
            <location filename="../forms/auditor/findingspanel.cpp" line="159" />
            <source>%n file(s) in it do not match its manifest, so a finding could not say which version of the evidence it is about.</source>
            <translation>
                <numerusform>%n file in it does not match its manifest, so a finding could not say which version of the evidence it is about.</numerusform>
                <numerusform>%n files in it do not match its manifest, so a finding could not say which version of the evidence it is about.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="162" />
            <source>Its manifests do not match its files, so a finding could not say which version of the evidence it is about.</source>
            <translation>Its manifests do not match its files, so a finding could not say which version of the evidence it is about.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="164" />
            <source>Ask the vendor for the archive as it was exported.</source>
            <translation>Ask the vendor for the archive as it was exported.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="167" />
            <source>Findings are turned off: %1</source>
            <translation>Findings are turned off: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="183" />
            <source>Findings will be saved as %1.</source>
            <translation>Findings will be saved as %1.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="186" />
            <source>The findings file beside the archive is not used: %1 Saving replaces it.</source>
            <translation>The findings file beside the archive is not used: %1 Saving replaces it.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="199" />
            <source>Loaded the signed findings saved %1 (signer %2).</source>
            <translation>Loaded the signed findings saved %1 (signer %2).</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="202" />
            <source>Loaded the findings saved %1.</source>
            <translation>Loaded the findings saved %1.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="228" />
            <source>Finding:</source>
            <translation>Finding:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="228" />
            <source>Finding on %1:</source>
            <translation>Finding on %1:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="240" />
            <location filename="../forms/auditor/findingspanel.cpp" line="253" />
            <source>Choose a finding first.</source>
            <translation>Choose a finding first.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="241" />
            <location filename="../forms/auditor/findingspanel.cpp" line="253" />
            <source>What the vendor should know or answer</source>
            <translation>What the vendor should know or answer</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/auditor/findingspanel.cpp" line="267" />
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n finding</numerusform>
                <numerusform>%n findings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="269" />
            <source>: %1 accepted, %2 questions, %3 more evidence</source>
            <translation>: %1 accepted, %2 questions, %3 more evidence</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="271" />
            <source> · not saved</source>
            <translation> · not saved</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="277" />
            <source>Signing certificate</source>
            <translation>Signing certificate</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="277" />
            <source>Signing key</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="278" />
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation>PEM files (*.pem *.crt *.key);;All files (*)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="291" />
            <source>Enter your name as the reviewer before saving.</source>
            <translation>Enter your name as the reviewer before saving.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="297" />
            <source>The finding on %1 needs a text: say what is asked.</source>
            <translation>The finding on %1 needs a text: say what is asked.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="302" />
            <source>Record a finding on at least one item (or a general remark) before saving.</source>
            <translation>Record a finding on at least one item (or a general remark) before saving.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="309" />
            <source>Choose the signing key and certificate, or save without a signature.</source>
            <translation>Choose the signing key and certificate, or save without a signature.</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="331" />
            <source>Saved and signed: %1 (with %2)</source>
            <translation>Saved and signed: %1 (with %2)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="334" />
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="352" />
            <source>No finding</source>
            <translation>No finding</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="357" />
            <source>Reviewer:</source>
            <translation>Reviewer:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="358" />
            <source>your name and organisation</source>
            <translation>your name and organisation</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="359" />
            <source>General remarks:</source>
            <translation>General remarks:</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="360" />
            <source>optional, about the declaration as a whole</source>
            <translation>optional, about the declaration as a whole</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="361" />
            <source>Sign the findings</source>
            <translation>Sign the findings</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="362" />
            <source>Key…</source>
            <translation>Key…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="364" />
            <source>Certificate…</source>
            <translation>Certificate…</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="367" />
            <source>passphrase (encrypted key only)</source>
            <translation>passphrase (encrypted key only)</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="368" />
            <source>Save findings</source>
            <translation>Save findings</translation>
        </message>
        <message>
            <location filename="../forms/auditor/findingspanel.cpp" line="369" />
            <source>Saves the findings beside the archive as &lt;archive&gt;-findings.json for the vendor to import (File ▸ Import findings…).</source>
            <translation>Saves the findings beside the archive as &lt;archive&gt;-findings.json for the vendor to import (File ▸ Import findings…).</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FirmwareStaleness</name>
        <message>
            <location filename="../core/gate/firmwarestaleness.cpp" line="115" />
            <location filename="../core/gate/firmwarestaleness.cpp" line="125" />
            <source>image %1</source>
            <translation>image %1</translation>
        </message>
        <message>
            <location filename="../core/gate/firmwarestaleness.cpp" line="116" />
            <location filename="../core/gate/firmwarestaleness.cpp" line="126" />
            <source>%1 (image %2)</source>
            <translation>%1 (image %2)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FormExport</name>
        <message>
            <location filename="../core/export/formexport.cpp" line="46" />
            <source>The official form %1 can not be filled: %2</source>
            <translation>The official form %1 can not be filled: %2</translation>
        </message>
        <message>
            <location filename="../core/export/formexport.cpp" line="74" />
            <source>LibreOffice is not installed, so no PDF of the filled form was made; open %1 and print it to PDF if IPA asks for one.</source>
            <translation>LibreOffice is not installed, so no PDF of the filled form was made; open %1 and print it to PDF if IPA asks for one.</translation>
        </message>
        <message>
            <location filename="../core/export/formexport.cpp" line="83" />
            <source>No PDF of the filled form was made: a temporary file could not be written.</source>
            <translation>No PDF of the filled form was made: a temporary file could not be written.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/export/formexport.cpp" line="100" />
            <source>LibreOffice did not convert the filled form to PDF within %n second(s); no PDF was made.</source>
            <translation>
                <numerusform>LibreOffice did not convert the filled form to PDF within %n second; no PDF was made.</numerusform>
                <numerusform>LibreOffice did not convert the filled form to PDF within %n seconds; no PDF was made.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/export/formexport.cpp" line="108" />
            <source>LibreOffice could not convert the filled form to PDF (exit code %1): %2</source>
            <translation>LibreOffice could not convert the filled form to PDF (exit code %1): %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FormMappingDialog</name>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="55" />
            <source>IPA checklist workbook</source>
            <translation>IPA checklist workbook</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="72" />
            <source>Attach workbook…</source>
            <translation>Attach workbook…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="74" />
            <source>Attach with a shared profile…</source>
            <translation>Attach with a shared profile…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="76" />
            <source>Export profile…</source>
            <translation>Export profile…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="78" />
            <source>Remove form…</source>
            <translation>Remove form…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="109" />
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="125" />
            <source>Verdict words of the form</source>
            <translation>Verdict words of the form</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="130" />
            <source>Not found or not mapped</source>
            <translation>Not found or not mapped</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="142" />
            <source>Assign a role to the selected cell</source>
            <translation>Assign a role to the selected cell</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="148" />
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="384" />
            <source>None (not an answer cell)</source>
            <translation>None (not an answer cell)</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="151" />
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="152" />
            <source>Item or field:</source>
            <translation>Item or field:</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="154" />
            <source>Cell</source>
            <translation>Cell</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="154" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="155" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="165" />
            <source>Assign to:</source>
            <translation>Assign to:</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="225" />
            <source>No IPA checklist workbook is attached to this declaration. Attach your copy of the workbook from IPA's JC-STAR application page: Hoshi finds where the answers go, and the export fills in only those cells.</source>
            <translation>No IPA checklist workbook is attached to this declaration. Attach your copy of the workbook from IPA's JC-STAR application page: Hoshi finds where the answers go, and the export fills in only those cells.</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="231" />
            <source>Mapping complete: the export fills this workbook.</source>
            <translation>Mapping complete: the export fills this workbook.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="232" />
            <source>%n part(s) not found or not mapped: the export is blocked until they are resolved.</source>
            <translation>
                <numerusform>%n part not found or not mapped: the export is blocked until they are resolved.</numerusform>
                <numerusform>%n parts not found or not mapped: the export is blocked until they are resolved.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="234" />
            <source>&lt;b&gt;%1&lt;/b&gt; (SHA-256 %2)&lt;br&gt;%3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (SHA-256 %2)&lt;br&gt;%3</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="300" />
            <source>%1 — the form has this item; the declaration's criteria set does not</source>
            <translation>%1 — the form has this item; the declaration's criteria set does not</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="302" />
            <source>Every item, field and verdict word was found.</source>
            <translation>Every item, field and verdict word was found.</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="324" />
            <source>(not mapped)</source>
            <translation>(not mapped)</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="349" />
            <source>Select a cell of the sheet first.</source>
            <translation>Select a cell of the sheet first.</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="368" />
            <source>Column %1 of every item is…</source>
            <translation>Column %1 of every item is…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="373" />
            <source>Row %1 is…</source>
            <translation>Row %1 is…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="374" />
            <source>Cell %1%2 is…</source>
            <translation>Cell %1%2 is…</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="376" />
            <source>The first row of item %1</source>
            <translation>The first row of item %1</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="442" />
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="454" />
            <source>Attach IPA checklist workbook</source>
            <translation>Attach IPA checklist workbook</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="443" />
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="455" />
            <source>Excel workbooks (*.xlsx *.xlsm)</source>
            <translation>Excel workbooks (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="458" />
            <source>Form profile shared for this workbook</source>
            <translation>Form profile shared for this workbook</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="459" />
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="486" />
            <source>Form profiles (*.json)</source>
            <translation>Form profiles (*.json)</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="472" />
            <source>The profile was made for another copy of the workbook; every cell was checked against yours.</source>
            <translation>The profile was made for another copy of the workbook; every cell was checked against yours.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="474" />
            <source>The evaluation points of %n item(s) are now the official ones from your workbook.</source>
            <translation>
                <numerusform>The evaluation points of %n item is now the official ones from your workbook.</numerusform>
                <numerusform>The evaluation points of %n items are now the official ones from your workbook.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="477" />
            <source>Moved: %1</source>
            <translation>Moved: %1</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="479" />
            <source>Not moved (choose again): %1</source>
            <translation>Not moved (choose again): %1</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="486" />
            <source>Export form profile</source>
            <translation>Export form profile</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="489" />
            <source>The profile was written to %1.</source>
            <translation>The profile was written to %1.</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/formmappingdialog.cpp" line="495" />
            <source>Remove the workbook %1 and its mapping from this declaration? The official evaluation points it set are removed too.</source>
            <translation>Remove the workbook %1 and its mapping from this declaration? The official evaluation points it set are removed too.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::FormRules</name>
        <message>
            <location filename="../core/gate/formrules.cpp" line="35" />
            <source>The official form %1 has no answer cells for item %2 of the criteria set: map them in the form dialog, or attach the form of this criteria version.</source>
            <translation>The official form %1 has no answer cells for item %2 of the criteria set: map them in the form dialog, or attach the form of this criteria version.</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="41" />
            <source>The official form %1: a verdict has no word in the form's list (%2). Map it in the form dialog.</source>
            <translation>The official form %1: a verdict has no word in the form's list (%2). Map it in the form dialog.</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="44" />
            <source> (cell %1)</source>
            <translation> (cell %1)</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="46" />
            <source>The official form %1%2: %3</source>
            <translation>The official form %1%2: %3</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="59" />
            <source>The stored official form %1 is damaged: %2</source>
            <translation>The stored official form %1 is damaged: %2</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="67" />
            <source>The official form can not be used: %1</source>
            <translation>The official form can not be used: %1</translation>
        </message>
        <message>
            <location filename="../core/gate/formrules.cpp" line="83" />
            <source>The official form %1 has item %2, which the declaration's criteria set does not have: the form is of another criteria version, or the mapping is wrong.</source>
            <translation>The official form %1 has item %2, which the declaration's criteria set does not have: the form is of another criteria version, or the mapping is wrong.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::HelpDialog</name>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="36" />
            <source>&lt;b&gt;Open a workspace.&lt;/b&gt; File ▸ New workspace creates one file (&lt;i&gt;.hoshi&lt;/i&gt;) that holds everything: organisations, products, declarations, evidence files and their history. Every change is saved at once; there is no Save command. To look around first, open the demo (File ▸ Open demo).</source>
            <translation>&lt;b&gt;Open a workspace.&lt;/b&gt; File ▸ New workspace creates one file (&lt;i&gt;.hoshi&lt;/i&gt;) that holds everything: organisations, products, declarations, evidence files and their history. Every change is saved at once; there is no Save command. To look around first, open the demo (File ▸ Open demo).</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="39" />
            <source>&lt;b&gt;Describe who declares what.&lt;/b&gt; The guided start above the page asks for the organisation, the product and then a declaration against a criteria set (★1: JST-CR-01-01-2024R1).</source>
            <translation>&lt;b&gt;Describe who declares what.&lt;/b&gt; The guided start above the page asks for the organisation, the product and then a declaration against a criteria set (★1: JST-CR-01-01-2024R1).</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="41" />
            <source>&lt;b&gt;Work through the checklist.&lt;/b&gt; Each row is one criterion. Open it (Enter or double-click), choose a verdict, and attach evidence: a document review (which manual, which pages) or a device test (what was done, on which firmware, with what result). Items that do not apply need a justification.</source>
            <translation>&lt;b&gt;Work through the checklist.&lt;/b&gt; Each row is one criterion. Open it (Enter or double-click), choose a verdict, and attach evidence: a document review (which manual, which pages) or a device test (what was done, on which firmware, with what result). Items that do not apply need a justification.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="45" />
            <source>&lt;b&gt;Keep an eye on the problems panel.&lt;/b&gt; At the bottom it lists everything that still blocks submission. Click a problem to go to the field that needs attention; F8 jumps to the next one.</source>
            <translation>&lt;b&gt;Keep an eye on the problems panel.&lt;/b&gt; At the bottom it lists everything that still blocks submission. Click a problem to go to the field that needs attention; F8 jumps to the next one.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="47" />
            <source>&lt;b&gt;Review and sign off.&lt;/b&gt; The review panel (View menu) lets a colleague approve the declaration or request changes, with remarks per item.</source>
            <translation>&lt;b&gt;Review and sign off.&lt;/b&gt; The review panel (View menu) lets a colleague approve the declaration or request changes, with remarks per item.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="49" />
            <source>&lt;b&gt;Export.&lt;/b&gt; When nothing blocks submission, File ▸ Export writes the application package for IPA and the evidence archive you must retain. An auditor opens that archive with File ▸ Open evidence archive and can record findings.</source>
            <translation>&lt;b&gt;Export.&lt;/b&gt; When nothing blocks submission, File ▸ Export writes the application package for IPA and the evidence archive you must retain. An auditor opens that archive with File ▸ Open evidence archive and can record findings.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="53" />
            <source>Getting started with Hoshi</source>
            <translation>Getting started with Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/helpdialog.cpp" line="57" />
            <source>Help ▸ Keyboard shortcuts (F1) lists every key. The criteria texts in Hoshi are summaries; IPA's official Japanese documents are authoritative.</source>
            <translation>Help ▸ Keyboard shortcuts (F1) lists every key. The criteria texts in Hoshi are summaries; IPA's official Japanese documents are authoritative.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::HistoryLines</name>
        <message numerus="yes">
            <location filename="../forms/common/historylines.cpp" line="18" />
            <source>%1 (%n edit(s))</source>
            <translation>
                <numerusform>%1 (%n edit)</numerusform>
                <numerusform>%1 (%n edits)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::ItemPage</name>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="357" />
            <source>◀ Checklist</source>
            <translation>◀ Checklist</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="358" />
            <source>Back to the checklist (Esc)</source>
            <translation>Back to the checklist (Esc)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="359" />
            <source>Previous item (Ctrl+PgUp)</source>
            <translation>Previous item (Ctrl+PgUp)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="360" />
            <source>Next item (Ctrl+PgDown)</source>
            <translation>Next item (Ctrl+PgDown)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="361" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="362" />
            <source>&amp;Conforming</source>
            <translation>&amp;Conforming</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="363" />
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="364" />
            <source>Not &amp;applicable</source>
            <translation>Not &amp;applicable</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="365" />
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="366" />
            <source>&amp;Non-conforming</source>
            <translation>&amp;Non-conforming</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="367" />
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="368" />
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="369" />
            <source>Ctrl+4</source>
            <translation>Ctrl+4</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="370" />
            <source>Justification for not applicable</source>
            <translation>Justification for not applicable</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="371" />
            <source>Why the N/A condition holds for this product (required for N/A)</source>
            <translation>Why the N/A condition holds for this product (required for N/A)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="372" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="375" />
            <source>Notes (printed in the checklist; changing them makes an approval stale)</source>
            <translation>Notes (printed in the checklist; changing them makes an approval stale)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="376" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="377" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="377" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="377" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="378" />
            <source>Add document review</source>
            <translation>Add document review</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="379" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="380" />
            <source>Add device test</source>
            <translation>Add device test</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="381" />
            <source>Ctrl+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="382" />
            <source>Link existing ▾</source>
            <translation>Link existing ▾</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="383" />
            <source>Let evidence recorded for another item back this one too</source>
            <translation>Let evidence recorded for another item back this one too</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="384" />
            <location filename="../forms/itempage/itempage.cpp" line="624" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="385" />
            <source>Unlink</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="386" />
            <source>This evidence no longer backs this item (it stays for the others)</source>
            <translation>This evidence no longer backs this item (it stays for the others)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="387" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="388" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="389" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="390" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="390" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="390" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="445" />
            <source>No item selected</source>
            <translation>No item selected</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="468" />
            <source>vendor scope — answered once for %1, shared by all its products</source>
            <translation>vendor scope — answered once for %1, shared by all its products</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="470" />
            <source>product scope</source>
            <translation>product scope</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="471" />
            <source>%1 · %2 · method %3 · item %4 of %5</source>
            <translation>%1 · %2 · method %3 · item %4 of %5</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="477" />
            <source>&lt;b&gt;N/A only when:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;N/A only when:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="478" />
            <source>&lt;b&gt;N/A:&lt;/b&gt; never allowed for this item.</source>
            <translation>&lt;b&gt;N/A:&lt;/b&gt; never allowed for this item.</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="480" />
            <source>What to record: %1</source>
            <translation>What to record: %1</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="483" />
            <source>Exempt on the UK PSTI route: PSTI compliance is deemed to meet this item; attach the PSTI statement of compliance to the declaration.</source>
            <translation>Exempt on the UK PSTI route: PSTI compliance is deemed to meet this item; attach the PSTI statement of compliance to the declaration.</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="498" />
            <source>Not applicable is not an option for this item.</source>
            <translation>Not applicable is not an option for this item.</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="546" />
            <source>(not filled in yet)</source>
            <translation>(not filled in yet)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="607" />
            <source>Select evidence to preview its files.</source>
            <translation>Select evidence to preview its files.</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="624" />
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="689" />
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="698" />
            <source>No other evidence in this declaration</source>
            <translation>No other evidence in this declaration</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/itempage.cpp" line="721" />
            <source>Remove this evidence and its %n file(s)? It also backs %1. This cannot be undone.</source>
            <translation>
                <numerusform>Remove this evidence and its %n file? It also backs %1. This cannot be undone.</numerusform>
                <numerusform>Remove this evidence and its %n files? It also backs %1. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/itempage/itempage.cpp" line="724" />
            <source>Remove this evidence and its %n file(s)? This cannot be undone.</source>
            <translation>
                <numerusform>Remove this evidence and its %n file? This cannot be undone.</numerusform>
                <numerusform>Remove this evidence and its %n files? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/itempage/itempage.cpp" line="726" />
            <source>Remove evidence</source>
            <translation>Remove evidence</translation>
        </message>
    </context>
    <context>
        <name>hoshi::KeyGenerator</name>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="74" />
            <source>The certificate needs a name.</source>
            <translation>The certificate needs a name.</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="76" />
            <source>Can not create the folder %1.</source>
            <translation>Can not create the folder %1.</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="81" />
            <source>%1 already exists; it is not replaced.</source>
            <translation>%1 already exists; it is not replaced.</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="88" />
            <source>Key generation failed: %1</source>
            <translation>Key generation failed: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="94" />
            <source>No random numbers: %1</source>
            <translation>No random numbers: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="114" />
            <source>The certificate could not be made: %1</source>
            <translation>The certificate could not be made: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="123" />
            <source>The key could not be encoded: %1</source>
            <translation>The key could not be encoded: %1</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="47" />
            <source>Can not write %1: %2</source>
            <translation>Can not write %1: %2</translation>
        </message>
        <message>
            <location filename="../core/export/keygenerator.cpp" line="42" />
            <source>Can not create %1: %2</source>
            <translation>Can not create %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelLifecyclePage</name>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="145" />
            <source>← Declaration</source>
            <translation>← Declaration</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="146" />
            <source>Label record</source>
            <translation>Label record</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="147" />
            <source>Changes since the label</source>
            <translation>Changes since the label</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="148" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="149" />
            <source>Label page preview</source>
            <translation>Label page preview</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="150" />
            <source>Other markets</source>
            <translation>Other markets</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="151" />
            <source>Status history</source>
            <translation>Status history</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="152" />
            <source>Re-test plan after a firmware change</source>
            <translation>Re-test plan after a firmware change</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/label/labellifecyclepage.cpp" line="153" />
            <source>Every declaration of this workspace: labels expiring within %n day(s), support periods ending, device tests run on older firmware.</source>
            <translation>
                <numerusform>Every declaration of this workspace: labels expiring within %n day, support periods ending, device tests run on older firmware.</numerusform>
                <numerusform>Every declaration of this workspace: labels expiring within %n days, support periods ending, device tests run on older firmware.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="156" />
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="180" />
            <source>No declaration open</source>
            <translation>No declaration open</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="183" />
            <source>Label of %1 (%2)</source>
            <translation>Label of %1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="213" />
            <source>No label recorded yet.</source>
            <translation>No label recorded yet.</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="222" />
            <source>No label baseline yet: it is kept when the label is recorded.</source>
            <translation>No label baseline yet: it is kept when the label is recorded.</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="225" />
            <source>Compared with the declaration as it stood when the label was recorded (%1):</source>
            <translation>Compared with the declaration as it stood when the label was recorded (%1):</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="230" />
            <source>Nothing has changed since the label.</source>
            <translation>Nothing has changed since the label.</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="240" />
            <source>Every device test was run on the current firmware %1.</source>
            <translation>Every device test was run on the current firmware %1.</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="255" />
            <source>Nothing due.</source>
            <translation>Nothing due.</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="274" />
            <source>Save the label page</source>
            <translation>Save the label page</translation>
        </message>
        <message>
            <location filename="../forms/label/labellifecyclepage.cpp" line="274" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelRecordCommand</name>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="223" />
            <source>Edit the label record</source>
            <translation>Edit the label record</translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelRecordEditor</name>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="21" />
            <source>&amp;Application number:</source>
            <translation>&amp;Application number:</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="22" />
            <source>S&amp;ubmitted on:</source>
            <translation>S&amp;ubmitted on:</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="23" />
            <source>&amp;Registration number:</source>
            <translation>&amp;Registration number:</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="24" />
            <source>&amp;Issued on:</source>
            <translation>&amp;Issued on:</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="25" />
            <source>&amp;Valid until:</source>
            <translation>&amp;Valid until:</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="26" />
            <source>Last e&amp;xtension:</source>
            <translation>Last e&amp;xtension:</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="27" />
            <source>Su&amp;ccessor product or label:</source>
            <translation>Su&amp;ccessor product or label:</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="28" />
            <source>&amp;Product page (IPA):</source>
            <translation>&amp;Product page (IPA):</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="29" />
            <source>Recorded &amp;status:</source>
            <translation>Recorded &amp;status:</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="103" />
            <source>16 digits, e.g. 2025030500001527</source>
            <translation>16 digits, e.g. 2025030500001527</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="105" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="106" />
            <source>YYYY-MM-DD (empty: two years after the issue)</source>
            <translation>YYYY-MM-DD (empty: two years after the issue)</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="107" />
            <source>URL of the product's page on IPA's site, once published</source>
            <translation>URL of the product's page on IPA's site, once published</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="108" />
            <source>&amp;Save label record</source>
            <translation>&amp;Save label record</translation>
        </message>
        <message>
            <location filename="../forms/label/labelrecordeditor.cpp" line="126" />
            <source>Status today: %1</source>
            <translation>Status today: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/label/labelrecordeditor.cpp" line="129" />
            <source>(%n day(s) left)</source>
            <translation>
                <numerusform>(%n day left)</numerusform>
                <numerusform>(%n days left)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::LabelRules</name>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="74" />
            <source>The registration number must be exactly %1 digits (for example 2025030500001527); "%2" has %3 characters.</source>
            <translation>The registration number must be exactly %1 digits (for example 2025030500001527); "%2" has %3 characters.</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="80" />
            <source>The label cannot be issued (%1) before the application was submitted (%2).</source>
            <translation>The label cannot be issued (%1) before the application was submitted (%2).</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="83" />
            <source>An extension (%1) needs an issue date before it.</source>
            <translation>An extension (%1) needs an issue date before it.</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="86" />
            <source>A validity end needs the issue date.</source>
            <translation>A validity end needs the issue date.</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="88" />
            <source>The validity end (%1) is before the issue date (%2).</source>
            <translation>The validity end (%1) is before the issue date (%2).</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="90" />
            <source>The validity end (%1) is more than %2 years after %3 (at most %4).</source>
            <translation>The validity end (%1) is more than %2 years after %3 (at most %4).</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="96" />
            <source>Expired is not recorded: it follows from the validity end. Set the validity end instead.</source>
            <translation>Expired is not recorded: it follows from the validity end. Set the validity end instead.</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/labelrules.cpp" line="98" />
            <source>A label status needs the registration number and the issue date.</source>
            <translation>A label status needs the registration number and the issue date.</translation>
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
            <translation>Findings saved: %1</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="345" />
            <source>A file is still being imported. Cancel the import?</source>
            <translation>A file is still being imported. Cancel the import?</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="567" />
            <source>%1 can not be declared not applicable.</source>
            <translation>%1 can not be declared not applicable.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="575" />
            <source>%1 set to %2. Ctrl+Z undoes it.</source>
            <translation>%1 set to %2. Ctrl+Z undoes it.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="615" />
            <source>%1 (evidence archive, read-only) — Hoshi</source>
            <translation>%1 (evidence archive, read-only) — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="622" />
            <source>Demo workspace</source>
            <translation>Demo workspace</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="623" />
            <source>%1 (read-only) — Hoshi</source>
            <translation>%1 (read-only) — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="623" />
            <source>%1 — Hoshi</source>
            <translation>%1 — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="624" />
            <source>Demo (temporary copy, discarded on exit)</source>
            <translation>Demo (temporary copy, discarded on exit)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="639" />
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="428" />
            <source>New workspace</source>
            <translation>New workspace</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="672" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="675" />
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="437" />
            <source>Open workspace</source>
            <translation>Open workspace</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="675" />
            <source>%1

Open it read-only now?</source>
            <translation>%1

Open it read-only now?</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="690" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="696" />
            <location filename="../forms/mainwindow/mainwindow.cpp" line="702" />
            <source>Open demo</source>
            <translation>Open demo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow.cpp" line="690" />
            <source>Cannot create a temporary folder: %1</source>
            <translation>Cannot create a temporary folder: %1</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="283" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="284" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="285" />
            <source>&amp;Item</source>
            <translation>&amp;Item</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="286" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="287" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="288" />
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="289" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="294" />
            <source>&amp;New workspace…</source>
            <translation>&amp;New workspace…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="295" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="296" />
            <source>Open &amp;read-only…</source>
            <translation>Open &amp;read-only…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="297" />
            <source>Open &amp;demo</source>
            <translation>Open &amp;demo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="298" />
            <source>Open e&amp;vidence archive…</source>
            <translation>Open e&amp;vidence archive…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="299" />
            <source>Auditor mode: verify a retained evidence archive and browse it read-only</source>
            <translation>Auditor mode: verify a retained evidence archive and browse it read-only</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="300" />
            <source>Close evidence arc&amp;hive</source>
            <translation>Close evidence arc&amp;hive</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="301" />
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="302" />
            <source>Write the application package and the retained evidence archive</source>
            <translation>Write the application package and the retained evidence archive</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="303" />
            <source>Import &amp;findings…</source>
            <translation>Import &amp;findings…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="304" />
            <source>Turn a reviewer's findings on an evidence archive into review comments</source>
            <translation>Turn a reviewer's findings on an evidence archive into review comments</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="307" />
            <source>&amp;Close workspace</source>
            <translation>&amp;Close workspace</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="308" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="46" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="46" />
            <source>&amp;Undo: %1</source>
            <translation>&amp;Undo: %1</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="47" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="47" />
            <source>&amp;Redo: %1</source>
            <translation>&amp;Redo: %1</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="48" />
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="60" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="49" />
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="60" />
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="50" />
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation>Undo: %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="50" />
            <source>Nothing to undo</source>
            <translation>Nothing to undo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="51" />
            <source>Redo: %1 (Ctrl+Shift+Z)</source>
            <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_undo.cpp" line="52" />
            <source>Nothing to redo</source>
            <translation>Nothing to redo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="176" />
            <source>Not done: "%1" (%2) works outside text boxes. Press Tab to leave the box first.</source>
            <translation>Not done: "%1" (%2) works outside text boxes. Press Tab to leave the box first.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="177" />
            <source>Not done: "%1" (%2) works on the checklist and the item page.</source>
            <translation>Not done: "%1" (%2) works on the checklist and the item page.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="305" />
            <source>S&amp;ynchronise…</source>
            <translation>S&amp;ynchronise…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="306" />
            <source>Bring this workspace and another copy (a file or a server) to the same records</source>
            <translation>Bring this workspace and another copy (a file or a server) to the same records</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="309" />
            <source>Your &amp;name…</source>
            <translation>Your &amp;name…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="310" />
            <source>The name recorded in the history for your changes</source>
            <translation>The name recorded in the history for your changes</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="311" />
            <source>Re&amp;view periods…</source>
            <translation>Re&amp;view periods…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="312" />
            <source>How long evidence stays good by default before it is due for review</source>
            <translation>How long evidence stays good by default before it is due for review</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="314" />
            <source>New &amp;organisation</source>
            <translation>New &amp;organisation</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="315" />
            <source>New &amp;product</source>
            <translation>New &amp;product</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="316" />
            <source>New &amp;declaration…</source>
            <translation>New &amp;declaration…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="317" />
            <source>&amp;Find item</source>
            <translation>&amp;Find item</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="318" />
            <source>&amp;Checklist</source>
            <translation>&amp;Checklist</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="319" />
            <source>&amp;Previous item</source>
            <translation>&amp;Previous item</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="320" />
            <source>&amp;Next item</source>
            <translation>&amp;Next item</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="321" />
            <source>Set &amp;conforming</source>
            <translation>Set &amp;conforming</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="322" />
            <source>Set not &amp;applicable</source>
            <translation>Set not &amp;applicable</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="323" />
            <source>Set non-c&amp;onforming</source>
            <translation>Set non-c&amp;onforming</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="324" />
            <source>Set not a&amp;ssessed</source>
            <translation>Set not a&amp;ssessed</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="325" />
            <source>Add &amp;document review</source>
            <translation>Add &amp;document review</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="326" />
            <source>Add device &amp;test</source>
            <translation>Add device &amp;test</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="327" />
            <source>Next pro&amp;blem</source>
            <translation>Next pro&amp;blem</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="328" />
            <source>Previous prob&amp;lem</source>
            <translation>Previous prob&amp;lem</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="329" />
            <source>P&amp;roduct details</source>
            <translation>P&amp;roduct details</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="330" />
            <source>D&amp;eclaration details</source>
            <translation>D&amp;eclaration details</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="331" />
            <source>IPA checklist &amp;workbook…</source>
            <translation>IPA checklist &amp;workbook…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="332" />
            <source>Attach IPA's checklist workbook to the declaration and check where the answers go</source>
            <translation>Attach IPA's checklist workbook to the declaration and check where the answers go</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="333" />
            <source>&amp;System default</source>
            <translation>&amp;System default</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="337" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="338" />
            <source>&amp;About Hoshi</source>
            <translation>&amp;About Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="339" />
            <source>&amp;Criteria library…</source>
            <translation>&amp;Criteria library…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="340" />
            <source>Every criteria set with its version, status and sources; compare versions and carry declarations over</source>
            <translation>Every criteria set with its version, status and sources; compare versions and carry declarations over</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="341" />
            <source>Navigator</source>
            <translation>Navigator</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="342" />
            <source>Blocking problems</source>
            <translation>Blocking problems</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="344" />
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="371" />
            <source>Open or create a workspace first.</source>
            <translation>Open or create a workspace first.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="372" />
            <source>The workspace is open read-only.</source>
            <translation>The workspace is open read-only.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="379" />
            <source>Needs an organisation first: Edit ▸ New organisation.</source>
            <translation>Needs an organisation first: Edit ▸ New organisation.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="380" />
            <source>Needs a product first: Edit ▸ New product.</source>
            <translation>Needs a product first: Edit ▸ New product.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="410" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="417" />
            <source>Clear the list</source>
            <translation>Clear the list</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="422" />
            <source>No recent workspaces</source>
            <translation>No recent workspaces</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="428" />
            <source>Hoshi workspaces (*.hoshi)</source>
            <translation>Hoshi workspaces (*.hoshi)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="436" />
            <source>Open workspace read-only</source>
            <translation>Open workspace read-only</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="438" />
            <source>Hoshi workspaces (*.hoshi);;All files (*)</source>
            <translation>Hoshi workspaces (*.hoshi);;All files (*)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="487" />
            <source>New organisation</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="498" />
            <source>Add an organisation first.</source>
            <translation>Add an organisation first.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="501" />
            <source>New product</source>
            <translation>New product</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="578" />
            <source>On the pages</source>
            <translation>On the pages</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="579" />
            <source>Back (item → checklist, evidence → item)</source>
            <translation>Back (item → checklist, evidence → item)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="580" />
            <source>Attach files (evidence page)</source>
            <translation>Attach files (evidence page)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="581" />
            <source>Save the text box now</source>
            <translation>Save the text box now</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="582" />
            <source>Open the selected item or evidence</source>
            <translation>Open the selected item or evidence</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="584" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="593" />
            <source>About Hoshi</source>
            <translation>About Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_actions.cpp" line="594" />
            <source>&lt;b&gt;Hoshi %1&lt;/b&gt;&lt;br&gt;A workbench for JC-STAR IoT security self-declarations.&lt;br&gt;Criteria texts are summaries; IPA's official Japanese documents are authoritative.&lt;br&gt;&lt;br&gt;Licensed under the Apache License, Version 2.0 (SPDX: Apache-2.0). Exported PDFs embed the IPAPGothic font (IPA Font License), installed with the package fonts-ipafont-gothic.</source>
            <translation>&lt;b&gt;Hoshi %1&lt;/b&gt;&lt;br&gt;A workbench for JC-STAR IoT security self-declarations.&lt;br&gt;Criteria texts are summaries; IPA's official Japanese documents are authoritative.&lt;br&gt;&lt;br&gt;Licensed under the Apache License, Version 2.0 (SPDX: Apache-2.0). Exported PDFs embed the IPAPGothic font (IPA Font License), installed with the package fonts-ipafont-gothic.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_archive.cpp" line="46" />
            <source>Open evidence archive</source>
            <translation>Open evidence archive</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_archive.cpp" line="46" />
            <source>Evidence archives (*.zip);;All files (*)</source>
            <translation>Evidence archives (*.zip);;All files (*)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="77" />
            <source>&amp;Rename…</source>
            <translation>&amp;Rename…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="80" />
            <source>Re&amp;move…</source>
            <translation>Re&amp;move…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="109" />
            <source>New name of the organisation:</source>
            <translation>New name of the organisation:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="110" />
            <source>New name of the product:</source>
            <translation>New name of the product:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="111" />
            <source>Name of the declaration (empty: named after its criteria set):</source>
            <translation>Name of the declaration (empty: named after its criteria set):</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="113" />
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="126" />
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="146" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="127" />
            <source>"%1" can not be removed while other records depend on it: %2. Remove those first.</source>
            <translation>"%1" can not be removed while other records depend on it: %2. Remove those first.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="134" />
            <source>Remove "%1"? Edit ▸ Undo (Ctrl+Z) brings it back.</source>
            <translation>Remove "%1"? Edit ▸ Undo (Ctrl+Z) brings it back.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="135" />
            <source>Remove "%1"? This cannot be undone; the history keeps a record of it.</source>
            <translation>Remove "%1"? This cannot be undone; the history keeps a record of it.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="142" />
            <source>Remove this declaration with its %n assessed item(s) and the evidence that backs nothing else (%1 evidence record(s) linked)? This cannot be undone; the history keeps a record of it.</source>
            <translation>
                <numerusform>Remove this declaration with its %n assessed item and the evidence that backs nothing else (%1 evidence record(s) linked)? This cannot be undone; the history keeps a record of it.</numerusform>
                <numerusform>Remove this declaration with its %n assessed items and the evidence that backs nothing else (%1 evidence record(s) linked)? This cannot be undone; the history keeps a record of it.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="162" />
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_catalog.cpp" line="163" />
            <source>Your name, as the history records it for every change you make (and reviews and sign-offs show it):</source>
            <translation>Your name, as the history records it for every change you make (and reviews and sign-offs show it):</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_criteria.cpp" line="24" />
            <source>Criteria library</source>
            <translation>Criteria library</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_portfolio.cpp" line="37" />
            <source>&amp;Portfolio</source>
            <translation>&amp;Portfolio</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="75" />
            <source>Connected to the server again; everything was reloaded.</source>
            <translation>Connected to the server again; everything was reloaded.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="135" />
            <source>Open &amp;server workspace…</source>
            <translation>Open &amp;server workspace…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="156" />
            <source>The server asks for the password of %1.</source>
            <translation>The server asks for the password of %1.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="157" />
            <source>The password was not accepted. The password of %1:</source>
            <translation>The password was not accepted. The password of %1:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="159" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="167" />
            <source>Open server workspace</source>
            <translation>Open server workspace</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="182" />
            <source>%1 on the server, %2 (read-only) — Hoshi</source>
            <translation>%1 on the server, %2 (read-only) — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="183" />
            <source>%1 on the server, %2 — Hoshi</source>
            <translation>%1 on the server, %2 — Hoshi</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="185" />
            <source>this computer</source>
            <translation>this computer</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="187" />
            <source>this computer (socket in %1)</source>
            <translation>this computer (socket in %1)</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_server.cpp" line="190" />
            <source>Server %1 · database %2 · signed in as %3</source>
            <translation>Server %1 · database %2 · signed in as %3</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_help.cpp" line="26" />
            <source>&amp;Getting started</source>
            <translation>&amp;Getting started</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_help.cpp" line="32" />
            <source>Getting started</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_capture.cpp" line="118" />
            <source>Capture &amp;test result…</source>
            <translation>Capture &amp;test result…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_capture.cpp" line="120" />
            <source>Store a tool's output (nmap, testssl.sh, ssh-audit, CycloneDX SBOM) as device-test evidence</source>
            <translation>Store a tool's output (nmap, testssl.sh, ssh-audit, CycloneDX SBOM) as device-test evidence</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_capture.cpp" line="122" />
            <source>Run again…</source>
            <translation>Run again…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_capture.cpp" line="123" />
            <source>Run the selected captured test again with its recipe</source>
            <translation>Run the selected captured test again with its recipe</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/mainwindow_cra.cpp" line="42" />
            <source>EU &amp;CRA readiness</source>
            <translation>EU &amp;CRA readiness</translation>
        </message>
    </context>
    <context>
        <name>hoshi::MarketsPanel</name>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="60" />
            <source>What this declaration's label gives in other markets, as of today. Hoshi prepares; the manufacturer declares. Each line names its legal basis and source.</source>
            <translation>What this declaration's label gives in other markets, as of today. Hoshi prepares; the manufacturer declares. Each line names its legal basis and source.</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="62" />
            <source>Write the &amp;UK compliance record…</source>
            <translation>Write the &amp;UK compliance record…</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="63" />
            <source>A one-page record in English (PDF, with a JSON copy beside it) that a UK importer or distributor can keep.</source>
            <translation>A one-page record in English (PDF, with a JSON copy beside it) that a UK importer or distributor can keep.</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="96" />
            <source>Legal basis: %1. Source (official): %2</source>
            <translation>Legal basis: %1. Source (official): %2</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="97" />
            <source>Legal basis: %1. Source (secondary, not yet official): %2</source>
            <translation>Legal basis: %1. Source (secondary, not yet official): %2</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="112" />
            <source>Write the UK compliance record</source>
            <translation>Write the UK compliance record</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="112" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../forms/markets/marketspanel.cpp" line="118" />
            <source>Written: %1 and %2</source>
            <translation>Written: %1 and %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::MessageBox</name>
        <message>
            <location filename="../forms/common/messagebox.cpp" line="90" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../forms/common/messagebox.cpp" line="92" />
            <source>Again:</source>
            <translation>Again:</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Model</name>
        <message>
            <location filename="../core/domain/model.cpp" line="69" />
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="71" />
            <source>Conforming</source>
            <translation>Conforming</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="73" />
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="75" />
            <source>Non-conforming</source>
            <translation>Non-conforming</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="82" />
            <source>UK PSTI mutual recognition</source>
            <translation>UK PSTI mutual recognition</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="82" />
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="89" />
            <source>No label yet</source>
            <translation>No label yet</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="91" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="93" />
            <source>Extension in progress</source>
            <translation>Extension in progress</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="95" />
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="97" />
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="99" />
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="106" />
            <source>Device test</source>
            <translation>Device test</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="106" />
            <source>Document review</source>
            <translation>Document review</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="118" />
            <source>p. %1</source>
            <translation>p. %1</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="120" />
            <source>§%1</source>
            <translation>§%1</translation>
        </message>
        <message>
            <location filename="../core/domain/model.cpp" line="128" />
            <source>firmware %1</source>
            <translation>firmware %1</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="46" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="48" />
            <source>In review</source>
            <translation>In review</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="50" />
            <source>Changes requested</source>
            <translation>Changes requested</translation>
        </message>
        <message>
            <location filename="../core/domain/review.cpp" line="52" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
    </context>
    <context>
        <name>hoshi::NavigatorModel</name>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="92" />
            <source>Declaration %1</source>
            <translation>Declaration %1</translation>
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
            <translation>%1 (★%2%3)</translation>
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
Route: %3
OK %4 / assessed %5 / %6 items</translation>
        </message>
        <message>
            <location filename="../forms/navigator/navigatormodel.cpp" line="223" />
            <source>Workspace</source>
            <translation>Workspace</translation>
        </message>
    </context>
    <context>
        <name>hoshi::NewDeclarationDialog</name>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="21" />
            <source>New declaration</source>
            <translation>New declaration</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="32" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="40" />
            <source>published</source>
            <translation>published</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="41" />
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="42" />
            <source>superseded</source>
            <translation>superseded</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="43" />
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="47" />
            <source>&amp;Product:</source>
            <translation>&amp;Product:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="48" />
            <source>&amp;Criteria:</source>
            <translation>&amp;Criteria:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="49" />
            <source>&amp;Route:</source>
            <translation>&amp;Route:</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="52" />
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="79" />
            <source>%1 · level ★%2 · %n item(s) · %3</source>
            <translation>
                <numerusform>%1 · level ★%2 · %n item · %3</numerusform>
                <numerusform>%1 · level ★%2 · %n items · %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="82" />
            <source>self-declaration</source>
            <translation>self-declaration</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="83" />
            <source>third-party evaluation</source>
            <translation>third-party evaluation</translation>
        </message>
        <message>
            <location filename="../forms/declaration/newdeclarationdialog.cpp" line="85" />
            <source>Status: %1 — the item texts may still change.</source>
            <translation>Status: %1 — the item texts may still change.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::OpenServerDialog</name>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="20" />
            <source>Open server workspace</source>
            <translation>Open server workspace</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="32" />
            <source>The address of a Hoshi workspace on a PostgreSQL server. Everyone who opens it works on the same declarations at the same time; the server decides who you are. A password is asked for when the server needs one and is never saved.</source>
            <translation>The address of a Hoshi workspace on a PostgreSQL server. Everyone who opens it works on the same declarations at the same time; the server decides who you are. A password is asked for when the server needs one and is never saved.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="37" />
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="39" />
            <source>&amp;Recent servers:</source>
            <translation>&amp;Recent servers:</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/openserverdialog.cpp" line="85" />
            <source>A server address starts with postgresql://</source>
            <translation>A server address starts with postgresql://</translation>
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
            <location filename="../forms/product/organisationeditor.cpp" line="51" />
            <source>The organisation needs its registered name.</source>
            <translation>The organisation needs its registered name.</translation>
        </message>
        <message>
            <location filename="../forms/product/organisationeditor.cpp" line="99" />
            <source>No organisation selected</source>
            <translation>No organisation selected</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PdfRenderClient</name>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="79" />
            <source>it did not answer in time</source>
            <translation>it did not answer in time</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="82" />
            <source>it exceeded its time or memory limit</source>
            <translation>it exceeded its time or memory limit</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="83" />
            <source>it crashed on this file</source>
            <translation>it crashed on this file</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="85" />
            <source>it stopped unexpectedly</source>
            <translation>it stopped unexpectedly</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="88" />
            <source>the separate PDF renderer stopped (%1); the file itself is kept unchanged.</source>
            <translation>the separate PDF renderer stopped (%1); the file itself is kept unchanged.</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="146" />
            <source>the separate PDF renderer is not running.</source>
            <translation>the separate PDF renderer is not running.</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="169" />
            <source>the PDF renderer %1 can not be started (%2).</source>
            <translation>the PDF renderer %1 can not be started (%2).</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="192" />
            <source>its encryption is not supported.</source>
            <translation>its encryption is not supported.</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="193" />
            <source>it is not a valid PDF file (damaged or of another type).</source>
            <translation>it is not a valid PDF file (damaged or of another type).</translation>
        </message>
        <message>
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="205" />
            <location filename="../core/pdfrender/pdfrenderclient.cpp" line="213" />
            <source>page %1 could not be drawn.</source>
            <translation>page %1 could not be drawn.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PointOverlay</name>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="29" />
            <source>%1: unknown key "%2".</source>
            <translation>%1: unknown key "%2".</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="39" />
            <source>%1: a point must be an object with a text.</source>
            <translation>%1: a point must be an object with a text.</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="47" />
            <source>%1: the point has no text.</source>
            <translation>%1: the point has no text.</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="53" />
            <source>%1: unknown method "%2".</source>
            <translation>%1: unknown method "%2".</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="66" />
            <source>%1: expected an object with "points".</source>
            <translation>%1: expected an object with "points".</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="76" />
            <source>%1: the mode must be "all" or "alternatives".</source>
            <translation>%1: the mode must be "all" or "alternatives".</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="81" />
            <source>%1: no points (leave the item out to keep its own points).</source>
            <translation>%1: no points (leave the item out to keep its own points).</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="137" />
            <source>overlay</source>
            <translation>overlay</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="142" />
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="149" />
            <source>The overlay names no criteria set ("criteriaSetId").</source>
            <translation>The overlay names no criteria set ("criteriaSetId").</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="153" />
            <source>The overlay must name the checklist it was read from: "source" with "fileName" and the file's SHA-256 (64 hexadecimal digits).</source>
            <translation>The overlay must name the checklist it was read from: "source" with "fileName" and the file's SHA-256 (64 hexadecimal digits).</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="165" />
            <source>The overlay has no items with points.</source>
            <translation>The overlay has no items with points.</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="176" />
            <source>The official points were read for %1, but the declaration uses %2.</source>
            <translation>The official points were read for %1, but the declaration uses %2.</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="180" />
            <source>%1 has no item %2.</source>
            <translation>%1 has no item %2.</translation>
        </message>
        <message>
            <location filename="../core/criteria/pointoverlay.cpp" line="184" />
            <source>%1: method %2 is not one of the item's methods (%3).</source>
            <translation>%1: method %2 is not one of the item's methods (%3).</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PointRules</name>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="20" />
            <source> and </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="34" />
            <source>document review</source>
            <translation>document review</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="36" />
            <source>device test</source>
            <translation>device test</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="38" />
            <source>SBOM</source>
            <translation>SBOM</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="40" />
            <source>penetration test</source>
            <translation>penetration test</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="82" />
            <source>%1: evaluation point %2 ("%3") has no %4 evidence linked.</source>
            <translation>%1: evaluation point %2 ("%3") has no %4 evidence linked.</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="94" />
            <source>%1: state which of the alternative evaluation points the product relies on.</source>
            <translation>%1: state which of the alternative evaluation points the product relies on.</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="104" />
            <source>%1: none of the alternatives relied on (%2) has evidence of its method linked.</source>
            <translation>%1: none of the alternatives relied on (%2) has evidence of its method linked.</translation>
        </message>
        <message>
            <location filename="../core/gate/pointrules.cpp" line="108" />
            <source>%1: the alternative %2 is marked as relied on but has no evidence linked.</source>
            <translation>%1: the alternative %2 is marked as relied on but has no evidence linked.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Portfolio</name>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="171" />
            <source>Label or support ended</source>
            <translation>Label or support ended</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/portfolio/portfolio.cpp" line="173" />
            <source>Ends within %n day(s)</source>
            <translation>
                <numerusform>Ends within %n day</numerusform>
                <numerusform>Ends within %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="175" />
            <source>Review needs action</source>
            <translation>Review needs action</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="177" />
            <source>Blocking problems</source>
            <translation>Blocking problems</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="179" />
            <source>Device tests on other firmware</source>
            <translation>Device tests on other firmware</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfolio.cpp" line="181" />
            <source>In order</source>
            <translation>In order</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PortfolioPage</name>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="137" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="199" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="228" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="149" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="233" />
            <source>All organisations</source>
            <translation>All organisations</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/portfolio/portfoliopage.cpp" line="164" />
            <source>%n declaration(s), %1 shown; %2 need attention now, %3 not yet submittable.</source>
            <translation>
                <numerusform>%n declaration, %1 shown; %2 need attention now, %3 not yet submittable.</numerusform>
                <numerusform>%n declarations, %1 shown; %2 need attention now, %3 not yet submittable.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="205" />
            <location filename="../forms/portfolio/portfoliopage.cpp" line="207" />
            <source>Export the portfolio</source>
            <translation>Export the portfolio</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="206" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="208" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="229" />
            <source>Find organisation, product, model, criteria or registration number</source>
            <translation>Find organisation, product, model, criteria or registration number</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="230" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="231" />
            <source>Export XLSX…</source>
            <translation>Export XLSX…</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="232" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../forms/portfolio/portfoliopage.cpp" line="237" />
            <source>All review states</source>
            <translation>All review states</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PortfolioTable</name>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="29" />
            <source>%1 (stale)</source>
            <translation>%1 (stale)</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="46" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="47" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="48" />
            <source>Model numbers</source>
            <translation>Model numbers</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="49" />
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="50" />
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="51" />
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="52" />
            <source>Blocking</source>
            <translation>Blocking</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="53" />
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="54" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="55" />
            <source>Open comments</source>
            <translation>Open comments</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="56" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="57" />
            <source>Label valid until</source>
            <translation>Label valid until</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="58" />
            <source>Days to label end</source>
            <translation>Days to label end</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="59" />
            <source>Support until</source>
            <translation>Support until</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="60" />
            <source>Days to support end</source>
            <translation>Days to support end</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="61" />
            <source>Stale device tests</source>
            <translation>Stale device tests</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="62" />
            <source>Evidence past review</source>
            <translation>Evidence past review</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="63" />
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="64" />
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <location filename="../core/portfolio/portfoliotable.cpp" line="159" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ProblemsPanel</name>
        <message>
            <location filename="../forms/problems/problemspanel.cpp" line="49" />
            <source>Open a declaration to see what blocks its submission.</source>
            <translation>Open a declaration to see what blocks its submission.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/problems/problemspanel.cpp" line="55" />
            <source>%n problem(s) block submission.</source>
            <translation>
                <numerusform>%n problem blocks submission.</numerusform>
                <numerusform>%n problems block submission.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/problems/problemspanel.cpp" line="56" />
            <source>Nothing blocks submission.</source>
            <translation>Nothing blocks submission.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/problems/problemspanel.cpp" line="58" />
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
            <location filename="../forms/product/producteditor.ui" line="64" />
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
            <source>Firmware ima&amp;ge SHA-256:</source>
            <translation>Firmware ima&amp;ge SHA-256:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="52" />
            <source>64 hexadecimal digits, as sha256sum prints</source>
            <translation>64 hexadecimal digits, as sha256sum prints</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="52" />
            <source>The current firmware image: device tests captured against another image are stale, as after a version change.</source>
            <translation>The current firmware image: device tests captured against another image are stale, as after a version change.</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="53" />
            <source>Choose image fi&amp;le…</source>
            <translation>Choose image fi&amp;le…</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="55" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="57" />
            <source>Product &amp;inquiries:</source>
            <translation>Product &amp;inquiries:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="58" />
            <source>Contact point for questions about the product</source>
            <translation>Contact point for questions about the product</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="60" />
            <source>Vulnerability &amp;reports:</source>
            <translation>Vulnerability &amp;reports:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="61" />
            <source>Where to report vulnerabilities and defects</source>
            <translation>Where to report vulnerabilities and defects</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="63" />
            <source>Disclosure &amp;policy URL:</source>
            <translation>Disclosure &amp;policy URL:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="66" />
            <source>Certifications and other information</source>
            <translation>Certifications and other information</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="68" />
            <source>&amp;Technical conformity no.:</source>
            <translation>&amp;Technical conformity no.:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="69" />
            <source>Certification number (技適), if any</source>
            <translation>Certification number (技適), if any</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="71" />
            <source>Other &amp;certifications:</source>
            <translation>Other &amp;certifications:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.ui" line="74" />
            <source>Other security &amp;information:</source>
            <translation>Other security &amp;information:</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="156" />
            <source>No product selected</source>
            <translation>No product selected</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="167" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="247" />
            <source>A SHA-256 is 64 hexadecimal digits; or choose the image file and let Hoshi compute it.</source>
            <translation>A SHA-256 is 64 hexadecimal digits; or choose the image file and let Hoshi compute it.</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="257" />
            <source>Choose the current firmware image</source>
            <translation>Choose the current firmware image</translation>
        </message>
        <message>
            <location filename="../forms/product/producteditor.cpp" line="266" />
            <source>Cannot read the image: %1</source>
            <translation>Cannot read the image: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::PstiStatementFile</name>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="46" />
            <source>Replace statement file…</source>
            <translation>Replace statement file…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="46" />
            <source>Attach statement file…</source>
            <translation>Attach statement file…</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="49" />
            <source>Statement file kept in the workspace: %1</source>
            <translation>Statement file kept in the workspace: %1</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="50" />
            <source>No statement file attached (a URL above is enough).</source>
            <translation>No statement file attached (a URL above is enough).</translation>
        </message>
        <message>
            <location filename="../forms/declaration/pstistatementfile.cpp" line="55" />
            <source>PSTI statement of compliance</source>
            <translation>PSTI statement of compliance</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Reminders</name>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="31" />
            <source>%1: the label %2 expired on %3.</source>
            <translation>%1: the label %2 expired on %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="33" />
            <source>%1: the label %2 is valid until %3 (%n day(s) left); apply for an extension.</source>
            <translation>
                <numerusform>%1: the label %2 is valid until %3 (%n day left); apply for an extension.</numerusform>
                <numerusform>%1: the label %2 is valid until %3 (%n days left); apply for an extension.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="47" />
            <source>%1: the support period ended on %2.</source>
            <translation>%1: the support period ended on %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="48" />
            <source>%1: the support period ends on %2 (%n day(s) left).</source>
            <translation>
                <numerusform>%1: the support period ends on %2 (%n day left).</numerusform>
                <numerusform>%1: the support period ends on %2 (%n days left).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="66" />
            <source>%1: the evidence "%2" (%3) was due for review on %4; check that it still holds.</source>
            <translation>%1: the evidence "%2" (%3) was due for review on %4; check that it still holds.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="68" />
            <source>%1: the evidence "%2" (%3) is due for review on %4 (%n day(s) left).</source>
            <translation>
                <numerusform>%1: the evidence "%2" (%3) is due for review on %4 (%n day left).</numerusform>
                <numerusform>%1: the evidence "%2" (%3) is due for review on %4 (%n days left).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="87" />
            <source>%1: the UK deems it PSTI-compliant (Condition B) only until %2, when the label ends (%n day(s) left); after that it needs its own PSTI statement of compliance.</source>
            <translation>
                <numerusform>%1: the UK deems it PSTI-compliant (Condition B) only until %2, when the label ends (%n day left); after that it needs its own PSTI statement of compliance.</numerusform>
                <numerusform>%1: the UK deems it PSTI-compliant (Condition B) only until %2, when the label ends (%n days left); after that it needs its own PSTI statement of compliance.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/lifecycle/reminders.cpp" line="161" />
            <source>%1: %n device test(s) were run on older firmware than %2 (%3); run them again.</source>
            <translation>
                <numerusform>%1: %n device test was run on older firmware than %2 (%3); run it again.</numerusform>
                <numerusform>%1: %n device tests were run on older firmware than %2 (%3); run them again.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="259" />
            <source>JC-STAR label %1 of %2 (%3), valid until %4.</source>
            <translation>JC-STAR label %1 of %2 (%3), valid until %4.</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="264" />
            <source>%1: label expires in %2 days</source>
            <translation>%1: label expires in %2 days</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="265" />
            <source>Apply to IPA for an extension in time.</source>
            <translation>Apply to IPA for an extension in time.</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="268" />
            <source>%1: label validity ends</source>
            <translation>%1: label validity ends</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="272" />
            <source>%1: UK PSTI recognition ends</source>
            <translation>%1: UK PSTI recognition ends</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="273" />
            <source>The UK deems %1 to meet the PSTI security requirements under Condition B of UK SI 2025/1267 only while its JC-STAR label %2 is valid, until %3.</source>
            <translation>The UK deems %1 to meet the PSTI security requirements under Condition B of UK SI 2025/1267 only while its JC-STAR label %2 is valid, until %3.</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="282" />
            <source>%1: support period ends</source>
            <translation>%1: support period ends</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="283" />
            <source>The support period of %1 (%2) ends on %3; security updates are promised until then.</source>
            <translation>The support period of %1 (%2) ends on %3; security updates are promised until then.</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="291" />
            <source>%1: evidence review due</source>
            <translation>%1: evidence review due</translation>
        </message>
        <message>
            <location filename="../core/lifecycle/reminders.cpp" line="292" />
            <source>Evidence "%1" backing %2 (%3) is to be reviewed by %4: check that it still holds, or replace it.</source>
            <translation>Evidence "%1" backing %2 (%3) is to be reviewed by %4: check that it still holds, or replace it.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::RemoveCatalogCommand</name>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="162" />
            <source>Remove organisation "%1"</source>
            <translation>Remove organisation "%1"</translation>
        </message>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="168" />
            <source>Remove product "%1"</source>
            <translation>Remove product "%1"</translation>
        </message>
    </context>
    <context>
        <name>hoshi::RenameCommand</name>
        <message>
            <location filename="../forms/session/recordcommands.cpp" line="113" />
            <source>Rename "%1" to "%2"</source>
            <translation>Rename "%1" to "%2"</translation>
        </message>
    </context>
    <context>
        <name>hoshi::RerunDialog</name>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="37" />
            <source>Run again</source>
            <translation>Run again</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="64" />
            <source>optional: the firmware image the device runs, to record its SHA-256</source>
            <translation>optional: the firmware image the device runs, to record its SHA-256</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="65" />
            <source>Choose image…</source>
            <translation>Choose image…</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="81" />
            <source>The tool's output appears here while it runs.</source>
            <translation>The tool's output appears here while it runs.</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="88" />
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="94" />
            <source>Command:</source>
            <translation>Command:</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="95" />
            <source>Target:</source>
            <translation>Target:</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="96" />
            <source>Firmware version:</source>
            <translation>Firmware version:</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="97" />
            <source>Firmware image:</source>
            <translation>Firmware image:</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="99" />
            <source>Run tools only against devices you are allowed to test.</source>
            <translation>Run tools only against devices you are allowed to test.</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="120" />
            <source>This evidence has no recipe to run again: %1</source>
            <translation>This evidence has no recipe to run again: %1</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="121" />
            <source>it was not captured from a tool that Hoshi runs.</source>
            <translation>it was not captured from a tool that Hoshi runs.</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="134" />
            <source>%1 is not installed on this computer.</source>
            <translation>%1 is not installed on this computer.</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="138" />
            <source>This capture was already run again; running it once more records another capture.</source>
            <translation>This capture was already run again; running it once more records another capture.</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="143" />
            <source>Firmware image</source>
            <translation>Firmware image</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="143" />
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="158" />
            <source>Open the workspace for editing to run a test again.</source>
            <translation>Open the workspace for editing to run a test again.</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="169" />
            <source>Running %1 against %2…</source>
            <translation>Running %1 against %2…</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="215" />
            <source>%1 Nothing was stored.</source>
            <translation>%1 Nothing was stored.</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="228" />
            <source>The tool ran, but its output was not stored: %1</source>
            <translation>The tool ran, but its output was not stored: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/capture/rerundialog.cpp" line="233" />
            <source>Captured again with %n finding(s); the earlier capture is marked as superseded.</source>
            <translation>
                <numerusform>Captured again with %n finding; the earlier capture is marked as superseded.</numerusform>
                <numerusform>Captured again with %n findings; the earlier capture is marked as superseded.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="237" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="250" />
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="../forms/capture/rerundialog.cpp" line="250" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>hoshi::RetestPlan</name>
        <message>
            <location filename="../core/lifecycle/retestplan.cpp" line="35" />
            <source>%1 %2: tested on firmware %3%4; run the device test again on %5</source>
            <translation>%1 %2: tested on firmware %3%4; run the device test again on %5</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewDock</name>
        <message>
            <location filename="../forms/review/reviewdock.cpp" line="44" />
            <source>Review and sign-off</source>
            <translation>Review and sign-off</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewdock.cpp" line="45" />
            <source>Sign-off and remarks</source>
            <translation>Sign-off and remarks</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewdock.cpp" line="46" />
            <source>Changes since</source>
            <translation>Changes since</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewPanel</name>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="165" />
            <source>No declaration open</source>
            <translation>No declaration open</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="174" />
            <source>Review state: %1</source>
            <translation>Review state: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/reviewpanel.cpp" line="178" />
            <source>%n open comment(s) of %1</source>
            <translation>
                <numerusform>%n open comment of %1</numerusform>
                <numerusform>%n open comments of %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="179" />
            <source>No open comments (%1 in all)</source>
            <translation>No open comments (%1 in all)</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="184" />
            <source>The operating-system account (or server user) that recorded this step; the name beside it is what was typed into Your name…</source>
            <translation>The operating-system account (or server user) that recorded this step; the name beside it is what was typed into Your name…</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="186" />
            <source>Fingerprint %1</source>
            <translation>Fingerprint %1</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="208" />
            <source>Approved by %1 on %2 · fingerprint %3</source>
            <translation>Approved by %1 on %2 · fingerprint %3</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="210" />
            <source>Not approved yet.</source>
            <translation>Not approved yet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/reviewpanel.cpp" line="216" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="217" />
            <source>⚠ Stale: the declaration changed since it was approved.</source>
            <translation>⚠ Stale: the declaration changed since it was approved.</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="242" />
            <source>⚠ The approval was given from the same account (%1) that asked for the review or changed the declaration: the names differ, but it may be one person.</source>
            <translation>⚠ The approval was given from the same account (%1) that asked for the review or changed the declaration: the names differ, but it may be one person.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/review/reviewpanel.cpp" line="263" />
            <source>You still have %n open comment(s) on this declaration. Approve anyway?</source>
            <translation>
                <numerusform>You still have %n open comment on this declaration. Approve anyway?</numerusform>
                <numerusform>You still have %n open comments on this declaration. Approve anyway?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="282" />
            <source>Request review</source>
            <translation>Request review</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="289" />
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="264" />
            <location filename="../forms/review/reviewpanel.cpp" line="283" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="39" />
            <source>(not recorded)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="198" />
            <location filename="../forms/review/reviewpanel.cpp" line="284" />
            <source>Approve the declaration as it is now; its content fingerprint is recorded. Whoever changed it since the last approval cannot approve it.</source>
            <translation>Approve the declaration as it is now; its content fingerprint is recorded. Whoever changed it since the last approval cannot approve it.</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="286" />
            <source>Request changes</source>
            <translation>Request changes</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="287" />
            <source>Reason (required to request changes)</source>
            <translation>Reason (required to request changes)</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="288" />
            <source>Sign-offs</source>
            <translation>Sign-offs</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="289" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="289" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="289" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../forms/review/reviewpanel.cpp" line="289" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewPeriodsDialog</name>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="23" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="24" />
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="34" />
            <source>Review periods</source>
            <translation>Review periods</translation>
        </message>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="36" />
            <source>Evidence without its own review date is due to be looked at again this many months after its effective date (a device test: its test date). Past that date the gate warns, the portfolio counts it and the reminders list it.</source>
            <translation>Evidence without its own review date is due to be looked at again this many months after its effective date (a device test: its test date). Past that date the gate warns, the portfolio counts it and the reminders list it.</translation>
        </message>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="44" />
            <source>&amp;Documents:</source>
            <translation>&amp;Documents:</translation>
        </message>
        <message>
            <location filename="../forms/evidence/reviewperiodsdialog.cpp" line="45" />
            <source>De&amp;vice tests:</source>
            <translation>De&amp;vice tests:</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ReviewRules</name>
        <message numerus="yes">
            <location filename="../core/gate/reviewrules.cpp" line="26" />
            <source>and %n more change(s)</source>
            <translation>
                <numerusform>and %n more change</numerusform>
                <numerusform>and %n more changes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="28" />
            <source>the declaration's content differs from what was approved</source>
            <translation>the declaration's content differs from what was approved</translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="41" />
            <source>The approval by %1 on %2 is out of date; changed since: %3.</source>
            <translation>The approval by %1 on %2 is out of date; changed since: %3.</translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="44" />
            <source>The approval by %1 on %2 is out of date: %3 changed since (%4).</source>
            <translation>The approval by %1 on %2 is out of date: %3 changed since (%4).</translation>
        </message>
        <message>
            <location filename="../core/gate/reviewrules.cpp" line="50" />
            <source>This workspace requires an approval before export, and the declaration is %1.</source>
            <translation>This workspace requires an approval before export, and the declaration is %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/gate/reviewrules.cpp" line="55" />
            <source>%n review comment(s) are still open.</source>
            <translation>
                <numerusform>%n review comment is still open.</numerusform>
                <numerusform>%n review comments are still open.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::SafeZipReader</name>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="114" />
            <source>The archive has not been opened.</source>
            <translation>The archive has not been opened.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="118" />
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="263" />
            <source>Can not open %1: %2</source>
            <translation>Can not open %1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="121" />
            <source>%1 changed while it was being read.</source>
            <translation>%1 changed while it was being read.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="133" />
            <source>%1 can not be read as a ZIP archive: %2</source>
            <translation>%1 can not be read as a ZIP archive: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="153" />
            <source>%1 is damaged: only %2 of its %3 entries could be read.</source>
            <translation>%1 is damaged: only %2 of its %3 entries could be read.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="159" />
            <source>%1 is damaged: %2</source>
            <translation>%1 is damaged: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="161" />
            <source>unreadable entry header</source>
            <translation>unreadable entry header</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="165" />
            <source>%1: an entry name can not be decoded.</source>
            <translation>%1: an entry name can not be decoded.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="174" />
            <source>%1: the entry "%2" is named differently in its local header and in the central directory.</source>
            <translation>%1: the entry "%2" is named differently in its local header and in the central directory.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="177" />
            <source>%1: the entry "%2" was met twice.</source>
            <translation>%1: the entry "%2" was met twice.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="181" />
            <source>%1: the entry "%2" is not a regular file.</source>
            <translation>%1: the entry "%2" is not a regular file.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="211" />
            <source>%1: the entry "%2" holds %3 bytes, but its header says %4.</source>
            <translation>%1: the entry "%2" holds %3 bytes, but its header says %4.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="219" />
            <source>%1: the entry "%2" is damaged: %3</source>
            <translation>%1: the entry "%2" is damaged: %3</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="223" />
            <source>unreadable data</source>
            <translation>unreadable data</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="226" />
            <source>%1: the entry "%2" has a hole in its data.</source>
            <translation>%1: the entry "%2" has a hole in its data.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="230" />
            <source>%1: the entry "%2" holds more data than its header says (%3 bytes).</source>
            <translation>%1: the entry "%2" holds more data than its header says (%3 bytes).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="233" />
            <source>%1 unpacks to more than %2 bytes, the limit.</source>
            <translation>%1 unpacks to more than %2 bytes, the limit.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="236" />
            <source>%1: the entry "%2" unpacks to more than %3 times its compressed size (a zip bomb?).</source>
            <translation>%1: the entry "%2" unpacks to more than %3 times its compressed size (a zip bomb?).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="267" />
            <location filename="../core/archive/safezipreader.cpp" line="285" />
            <location filename="../core/archive/safezipreader.cpp" line="313" />
            <location filename="../core/archive/safezipreader.cpp" line="349" />
            <source>%1 holds no file "%2".</source>
            <translation>%1 holds no file "%2".</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="272" />
            <source>%1: "%2" is larger than %3 bytes.</source>
            <translation>%1: "%2" is larger than %3 bytes.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="316" />
            <location filename="../core/archive/safezipreader.cpp" line="331" />
            <source>%1 is not a folder.</source>
            <translation>%1 is not a folder.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="327" />
            <source>%1 is a symbolic link; nothing is extracted through it.</source>
            <translation>%1 is a symbolic link; nothing is extracted through it.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="329" />
            <source>Can not create the folder %1.</source>
            <translation>Can not create the folder %1.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="338" />
            <source>The entry "%1" would leave the folder.</source>
            <translation>The entry "%1" would leave the folder.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="356" />
            <source>Can not create %1: %2</source>
            <translation>Can not create %1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader.cpp" line="367" />
            <location filename="../core/archive/safezipreader.cpp" line="374" />
            <source>Can not write %1: %2</source>
            <translation>Can not write %1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="266" />
            <source>%1 is not a ZIP archive (or it is truncated).</source>
            <translation>%1 is not a ZIP archive (or it is truncated).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="110" />
            <source>Can not read %1: %2</source>
            <translation>Can not read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="120" />
            <source>%1 is not a complete ZIP archive: its end record is missing (the file may be truncated).</source>
            <translation>%1 is not a complete ZIP archive: its end record is missing (the file may be truncated).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="93" />
            <source>%1 is damaged: its ZIP64 end record is missing.</source>
            <translation>%1 is damaged: its ZIP64 end record is missing.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="136" />
            <source>%1 is a multi-part archive, which is not supported.</source>
            <translation>%1 is a multi-part archive, which is not supported.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="138" />
            <source>%1 has %2 entries, more than the limit of %3.</source>
            <translation>%1 has %2 entries, more than the limit of %3.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="140" />
            <source>%1 has a central directory of %2 bytes, more than the limit of %3.</source>
            <translation>%1 has a central directory of %2 bytes, more than the limit of %3.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="143" />
            <source>%1 is damaged: its central directory lies outside the file (truncated?).</source>
            <translation>%1 is damaged: its central directory lies outside the file (truncated?).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="272" />
            <source>Can not read the central directory of %1.</source>
            <translation>Can not read the central directory of %1.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="223" />
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="233" />
            <source>%1 is damaged: central directory entry %2 is broken.</source>
            <translation>%1 is damaged: central directory entry %2 is broken.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="180" />
            <source>%1: the entry name "%2" is not marked as UTF-8.</source>
            <translation>%1: the entry name "%2" is not marked as UTF-8.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="184" />
            <source>%1: an entry name is not valid UTF-8.</source>
            <translation>%1: an entry name is not valid UTF-8.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="186" />
            <source>%1: the entry "%2" is encrypted, which is not supported.</source>
            <translation>%1: the entry "%2" is encrypted, which is not supported.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="188" />
            <source>%1: the entry "%2" uses compression method %3; only store and deflate are accepted.</source>
            <translation>%1: the entry "%2" uses compression method %3; only store and deflate are accepted.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="201" />
            <source>%1: the entry "%2" is a symbolic link; only regular files are accepted.</source>
            <translation>%1: the entry "%2" is a symbolic link; only regular files are accepted.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="204" />
            <source>%1: the entry "%2" is a device or other special file; only regular files are accepted.</source>
            <translation>%1: the entry "%2" is a device or other special file; only regular files are accepted.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="208" />
            <source>%1: the entry "%2" is marked as a file but named like a folder.</source>
            <translation>%1: the entry "%2" is marked as a file but named like a folder.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="250" />
            <source>%1: the entry "%2" has impossible sizes or offsets.</source>
            <translation>%1: the entry "%2" has impossible sizes or offsets.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="312" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="319" />
            <source>%1: the entry "%2" appears more than once.</source>
            <translation>%1: the entry "%2" appears more than once.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="320" />
            <source>%1: the entries "%2" and "%3" differ only in letter case or Unicode normalisation.</source>
            <translation>%1: the entries "%2" and "%3" differ only in letter case or Unicode normalisation.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="329" />
            <source>%1: the folder entry "%2" has content.</source>
            <translation>%1: the folder entry "%2" has content.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="331" />
            <source>%1: the stored entry "%2" has inconsistent sizes.</source>
            <translation>%1: the stored entry "%2" has inconsistent sizes.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="333" />
            <source>%1: the entry "%2" would unpack to %3 bytes, more than the limit of %4.</source>
            <translation>%1: the entry "%2" would unpack to %3 bytes, more than the limit of %4.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="337" />
            <source>%1: the entry "%2" would unpack to %3 bytes from %4 (compression ratio above %5: a zip bomb?).</source>
            <translation>%1: the entry "%2" would unpack to %3 bytes from %4 (compression ratio above %5: a zip bomb?).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="341" />
            <source>%1 would unpack to more than %2 bytes, the limit.</source>
            <translation>%1 would unpack to more than %2 bytes, the limit.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="347" />
            <source>%1: the entry "%2" overlaps the next one (a zip bomb or a damaged archive).</source>
            <translation>%1: the entry "%2" overlaps the next one (a zip bomb or a damaged archive).</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="363" />
            <source>%1: "%2" is both a file and a folder.</source>
            <translation>%1: "%2" is both a file and a folder.</translation>
        </message>
        <message>
            <location filename="../core/archive/safezipreader_catalogue.cpp" line="368" />
            <source>%1: the folders "%2" and "%3" differ only in letter case or Unicode normalisation.</source>
            <translation>%1: the folders "%2" and "%3" differ only in letter case or Unicode normalisation.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ServerAccess</name>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="95" />
            <source>%1 is a workspace file; users and roles apply to a workspace on a PostgreSQL server (postgresql://...).</source>
            <translation>%1 is a workspace file; users and roles apply to a workspace on a PostgreSQL server (postgresql://...).</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="104" />
            <source>Cannot connect to %1: %2</source>
            <translation>Cannot connect to %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="109" />
            <source>%1 cannot be used: %2</source>
            <translation>%1 cannot be used: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="119" />
            <location filename="../core/storage/serveraccess.cpp" line="129" />
            <location filename="../core/storage/serveraccess.cpp" line="152" />
            <location filename="../core/storage/serveraccess.cpp" line="178" />
            <location filename="../core/storage/serveraccess.cpp" line="266" />
            <location filename="../core/storage/serveraccess.cpp" line="323" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="133" />
            <source>Users and roles are not set up in %1 yet; run "hoshi-cli server init" first.</source>
            <translation>Users and roles are not set up in %1 yet; run "hoshi-cli server init" first.</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="145" />
            <source>The database %1 holds no Hoshi workspace yet.</source>
            <translation>The database %1 holds no Hoshi workspace yet.</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="156" />
            <source>Only the owner of the workspace or a superuser can set up users and roles; %1 is neither.</source>
            <translation>Only the owner of the workspace or a superuser can set up users and roles; %1 is neither.</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="163" />
            <location filename="../core/storage/serveraccess.cpp" line="285" />
            <location filename="../core/storage/serveraccess.cpp" line="307" />
            <source>Cannot save: %1</source>
            <translation>Cannot save: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="173" />
            <location filename="../core/storage/serveraccess.cpp" line="209" />
            <source>Cannot set up users and roles in %1: %2</source>
            <translation>Cannot set up users and roles in %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="194" />
            <source>The table(s) %1 in %2 have no access rule; this version of Hoshi cannot protect them, so nothing was changed.</source>
            <translation>The table(s) %1 in %2 have no access rule; this version of Hoshi cannot protect them, so nothing was changed.</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="256" />
            <source>Name a user (a PostgreSQL role that can log in), not "%1".</source>
            <translation>Name a user (a PostgreSQL role that can log in), not "%1".</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="264" />
            <source>There is no user "%1" on the server. Create it first, for example with: createuser %1</source>
            <translation>There is no user "%1" on the server. Create it first, for example with: createuser %1</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="271" />
            <source>There is no organisation with the id %1.</source>
            <translation>There is no organisation with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="279" />
            <source>Cannot grant %1 access to organisation %2: %3</source>
            <translation>Cannot grant %1 access to organisation %2: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="299" />
            <source>Cannot revoke the access of %1: %2</source>
            <translation>Cannot revoke the access of %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serveraccess.cpp" line="303" />
            <source>%1 has no access to organisation %2.</source>
            <translation>%1 has no access to organisation %2.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ServerRefusal</name>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="48" />
            <source>The server cannot be reached. The window is read-only until the connection is back; Hoshi reconnects by itself, and what you typed is kept and offered again.</source>
            <translation>The server cannot be reached. The window is read-only until the connection is back; Hoshi reconnects by itself, and what you typed is kept and offered again.</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="68" />
            <source>Only a reviewer of this organisation may approve a declaration; your role here does not allow it.</source>
            <translation>Only a reviewer of this organisation may approve a declaration; your role here does not allow it.</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="72" />
            <source>You changed this declaration since its last approval, so another reviewer must approve it.</source>
            <translation>You changed this declaration since its last approval, so another reviewer must approve it.</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="75" />
            <source>The server did not accept the change: the record belongs to an organisation you may not change.</source>
            <translation>The server did not accept the change: the record belongs to an organisation you may not change.</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="79" />
            <source>The server did not accept the change: your role in this organisation may read it but not change it. What is stored is shown again.</source>
            <translation>The server did not accept the change: your role in this organisation may read it but not change it. What is stored is shown again.</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="83" />
            <source>The workspace is open read-only on the server; nothing was changed.</source>
            <translation>The workspace is open read-only on the server; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="86" />
            <source>The server keeps this record as it was written; it cannot be changed or removed.</source>
            <translation>The server keeps this record as it was written; it cannot be changed or removed.</translation>
        </message>
        <message>
            <location filename="../core/storage/serverrefusal.cpp" line="89" />
            <source>The server did not accept the change; nothing was saved. The details say why.</source>
            <translation>The server did not accept the change; nothing was saved. The details say why.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ServerRoles</name>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="96" />
            <source>Cannot read your roles on %1: %2</source>
            <translation>Cannot read your roles on %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="137" />
            <source>no role</source>
            <translation>no role</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="139" />
            <source>auditor</source>
            <translation>auditor</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="141" />
            <source>preparer</source>
            <translation>preparer</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="143" />
            <source>reviewer</source>
            <translation>reviewer</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="145" />
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="156" />
            <source>You are an auditor of %1: you can read everything, but not change it.</source>
            <translation>You are an auditor of %1: you can read everything, but not change it.</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="157" />
            <source>You have no role in %1 that allows changes.</source>
            <translation>You have no role in %1 that allows changes.</translation>
        </message>
        <message>
            <location filename="../core/storage/serverroles.cpp" line="164" />
            <source>Only a reviewer of %1 may approve; you are its %2.</source>
            <translation>Only a reviewer of %1 may approve; you are its %2.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ServerStateBanner</name>
        <message numerus="yes">
            <location filename="../forms/mainwindow/connectionwatch.cpp" line="98" />
            <source>Trying again in %n second(s)…</source>
            <translation>
                <numerusform>Trying again in %n second…</numerusform>
                <numerusform>Trying again in %n seconds…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/connectionwatch.cpp" line="99" />
            <source>Trying to reconnect…</source>
            <translation>Trying to reconnect…</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Session</name>
        <message>
            <location filename="../forms/session/session.cpp" line="185" />
            <location filename="../forms/session/session_connection.cpp" line="27" />
            <source>No workspace is open.</source>
            <translation>No workspace is open.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="189" />
            <location filename="../forms/session/session_connection.cpp" line="31" />
            <location filename="../forms/session/session_review.cpp" line="30" />
            <location filename="../forms/session/session_review.cpp" line="40" />
            <location filename="../forms/session/session_review.cpp" line="88" />
            <location filename="../forms/session/session_review.cpp" line="101" />
            <source>This workspace is open read-only; nothing can be changed.</source>
            <translation>This workspace is open read-only; nothing can be changed.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="258" />
            <source>This evidence no longer exists.</source>
            <translation>This evidence no longer exists.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="261" />
            <source>Edit evidence "%1"</source>
            <translation>Edit evidence "%1"</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="270" />
            <source>This product no longer exists.</source>
            <translation>This product no longer exists.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="273" />
            <source>Edit product "%1"</source>
            <translation>Edit product "%1"</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="282" />
            <source>This organisation no longer exists.</source>
            <translation>This organisation no longer exists.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="285" />
            <source>Edit organisation "%1"</source>
            <translation>Edit organisation "%1"</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="320" />
            <source>This declaration no longer exists.</source>
            <translation>This declaration no longer exists.</translation>
        </message>
        <message>
            <location filename="../forms/session/session.cpp" line="323" />
            <source>Edit declaration details</source>
            <translation>Edit declaration details</translation>
        </message>
        <message>
            <location filename="../forms/session/session_live.cpp" line="81" />
            <source>The declaration you had open was removed by someone else.</source>
            <translation>The declaration you had open was removed by someone else.</translation>
        </message>
        <message>
            <location filename="../forms/session/session_evidence.cpp" line="138" />
            <source>Evidence removed. Undo (Ctrl+Z) brings it back.</source>
            <translation>Evidence removed. Undo (Ctrl+Z) brings it back.</translation>
        </message>
        <message>
            <location filename="../forms/session/session_evidence.cpp" line="158" />
            <source>The new evidence record was not kept.</source>
            <translation>The new evidence record was not kept.</translation>
        </message>
        <message>
            <location filename="../forms/session/session_forms.cpp" line="26" />
            <location filename="../forms/session/session_review.cpp" line="50" />
            <source>No declaration is open.</source>
            <translation>No declaration is open.</translation>
        </message>
        <message>
            <location filename="../forms/session/session_connection.cpp" line="36" />
            <source>Your roles on this server allow reading only; nothing can be changed.</source>
            <translation>Your roles on this server allow reading only; nothing can be changed.</translation>
        </message>
        <message>
            <location filename="../forms/session/session_reads.cpp" line="31" />
            <source>Reading the workspace in the background is off: %1</source>
            <translation>Reading the workspace in the background is off: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SheetGridModel</name>
        <message>
            <location filename="../forms/formmapping/sheetgridmodel.cpp" line="81" />
            <source>point %1</source>
            <translation>point %1</translation>
        </message>
        <message>
            <location filename="../forms/formmapping/sheetgridmodel.cpp" line="83" />
            <source>set by you</source>
            <translation>set by you</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ShelfLife</name>
        <message>
            <location filename="../core/domain/shelflife.cpp" line="41" />
            <source>The review date %1 is before the evidence's effective date %2.</source>
            <translation>The review date %1 is before the evidence's effective date %2.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ShelfLifeRules</name>
        <message>
            <location filename="../core/gate/shelfliferules.cpp" line="20" />
            <source>%1: the evidence "%2" was to be reviewed by %3; check that it still holds, or replace it.</source>
            <translation>%1: the evidence "%2" was to be reviewed by %3; check that it still holds, or replace it.</translation>
        </message>
        <message>
            <location filename="../core/gate/shelfliferules.cpp" line="22" />
            <source>%1: the evidence "%2" (effective %3) is past the workspace's review period for its kind (due %4); check that it still holds, or replace it.</source>
            <translation>%1: the evidence "%2" (effective %3) is past the workspace's review period for its kind (due %4); check that it still holds, or replace it.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SignatureCheck</name>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="65" />
            <source>The signature file is not a CMS signature: %1</source>
            <translation>The signature file is not a CMS signature: %1</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="88" />
            <source>The signature does not match the signed file (%1).</source>
            <translation>The signature does not match the signed file (%1).</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="89" />
            <source>The signature names no signer certificate (%1).</source>
            <translation>The signature names no signer certificate (%1).</translation>
        </message>
        <message>
            <location filename="../core/verify/signaturecheck.cpp" line="109" />
            <source>The certificate was not valid at the signing time.</source>
            <translation>The certificate was not valid at the signing time.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::StartStrip</name>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="83" />
            <source>Getting started</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="84" />
            <source>A declaration belongs to a product, and a product to an organisation (the manufacturer): create them in this order. Each is saved at once; rename or remove them with the navigator's context menu.</source>
            <translation>A declaration belongs to a product, and a product to an organisation (the manufacturer): create them in this order. Each is saved at once; rename or remove them with the navigator's context menu.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="87" />
            <source>1 Organisation</source>
            <translation>1 Organisation</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="88" />
            <source>Add organisation</source>
            <translation>Add organisation</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="89" />
            <source>2 Product</source>
            <translation>2 Product</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="90" />
            <source>Add product</source>
            <translation>Add product</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="91" />
            <source>3 Declaration</source>
            <translation>3 Declaration</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="92" />
            <source>Create declaration…</source>
            <translation>Create declaration…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="100" />
            <source>Needs an organisation first (step 1).</source>
            <translation>Needs an organisation first (step 1).</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="101" />
            <source>Needs a product first (step 2).</source>
            <translation>Needs a product first (step 2).</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="102" />
            <source>The manufacturer: name, corporate number, contact.</source>
            <translation>The manufacturer: name, corporate number, contact.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="103" />
            <source>Model numbers, firmware, support period, contacts.</source>
            <translation>Model numbers, firmware, support period, contacts.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="104" />
            <source>Criteria set and route; then every item's verdict and evidence.</source>
            <translation>Criteria set and route; then every item's verdict and evidence.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="109" />
            <source>✓ Done (%1)</source>
            <translation>✓ Done (%1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/mainwindow/startstrip.cpp" line="109" />
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/mainwindow/startstrip.cpp" line="110" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/startstrip.cpp" line="117" />
            <source>The workspace is open read-only.</source>
            <translation>The workspace is open read-only.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::StrictJson</name>
        <message>
            <location filename="../core/util/strictjson.cpp" line="26" />
            <source>not valid JSON (at byte %1: %2)</source>
            <translation>not valid JSON (at byte %1: %2)</translation>
        </message>
        <message>
            <location filename="../core/util/strictjson.cpp" line="33" />
            <source>nested more than %1 levels deep</source>
            <translation>nested more than %1 levels deep</translation>
        </message>
        <message>
            <location filename="../core/util/strictjson.cpp" line="38" />
            <source>the key "%1" appears twice in one object (%2); JSON keeps only one of the values, so the file is ambiguous</source>
            <translation>the key "%1" appears twice in one object (%2); JSON keeps only one of the values, so the file is ambiguous</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SubmissionGate</name>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="74" />
            <source>Organisation: "%1" is not a corporate number (13 digits, the first being the check digit of the other twelve).</source>
            <translation>Organisation: "%1" is not a corporate number (13 digits, the first being the check digit of the other twelve).</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="78" />
            <source>Organisation: "%1" is not a valid e-mail address.</source>
            <translation>Organisation: "%1" is not a valid e-mail address.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="81" />
            <source>Organisation: "%1" is not a valid web address.</source>
            <translation>Organisation: "%1" is not a valid web address.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="87" />
            <source>Product information: "%1" is neither a valid e-mail address nor a valid web address.</source>
            <translation>Product information: "%1" is neither a valid e-mail address nor a valid web address.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="100" />
            <source>manufacturer name</source>
            <translation>manufacturer name</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="101" />
            <source>product name</source>
            <translation>product name</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="102" />
            <source>model number</source>
            <translation>model number</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="103" />
            <source>product category</source>
            <translation>product category</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="104" />
            <source>firmware name</source>
            <translation>firmware name</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="105" />
            <source>conforming firmware version</source>
            <translation>conforming firmware version</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="106" />
            <source>support period end date</source>
            <translation>support period end date</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="107" />
            <source>product inquiry contact</source>
            <translation>product inquiry contact</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="108" />
            <source>vulnerability reporting contact</source>
            <translation>vulnerability reporting contact</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="113" />
            <source>Product information: the %1 is missing.</source>
            <translation>Product information: the %1 is missing.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="117" />
            <source>Product information: the support period ended on %1.</source>
            <translation>Product information: the support period ended on %1.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="122" />
            <source>Product information: "%1" is not a valid web address.</source>
            <translation>Product information: "%1" is not a valid web address.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="131" />
            <source>UK PSTI route: the PSTI statement of compliance (or its URL) is missing.</source>
            <translation>UK PSTI route: the PSTI statement of compliance (or its URL) is missing.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="134" />
            <source>The evaluation completion date is not set.</source>
            <translation>The evaluation completion date is not set.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="146" />
            <source>result summary</source>
            <translation>result summary</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="148" />
            <source>test date</source>
            <translation>test date</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="150" />
            <source>firmware version</source>
            <translation>firmware version</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="152" />
            <source>an attached file</source>
            <translation>an attached file</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="173" />
            <source>the document title</source>
            <translation>the document title</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="175" />
            <source>where in it the basis is stated (page, chapter or URL)</source>
            <translation>where in it the basis is stated (page, chapter or URL)</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="177" />
            <source>the attached SBOM file</source>
            <translation>the attached SBOM file</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="179" />
            <source>%1: the document review evidence lacks %2.</source>
            <translation>%1: the document review evidence lacks %2.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="179" />
            <source> and </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="183" />
            <source>%1: conforming, but no SBOM (document evidence with the SBOM file) is recorded.</source>
            <translation>%1: conforming, but no SBOM (document evidence with the SBOM file) is recorded.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="184" />
            <source>%1: conforming, but no document review evidence is recorded.</source>
            <translation>%1: conforming, but no document review evidence is recorded.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="204" />
            <source>%1: the device test evidence lacks %2.</source>
            <translation>%1: the device test evidence lacks %2.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="204" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="209" />
            <source>%1: conforming, but no penetration test evidence is recorded.</source>
            <translation>%1: conforming, but no penetration test evidence is recorded.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="210" />
            <source>%1: conforming, but no device test evidence is recorded.</source>
            <translation>%1: conforming, but no device test evidence is recorded.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="223" />
            <source>%1: not assessed yet.</source>
            <translation>%1: not assessed yet.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="227" />
            <source>%1: non-conforming. Nothing can be submitted while any item fails.</source>
            <translation>%1: non-conforming. Nothing can be submitted while any item fails.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="232" />
            <source>%1: this item can not be declared not applicable.</source>
            <translation>%1: this item can not be declared not applicable.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="235" />
            <source>%1: not applicable needs a justification (allowed only when: %2).</source>
            <translation>%1: not applicable needs a justification (allowed only when: %2).</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="239" />
            <source>%1: the justification is very short; say why the N/A condition holds for this product.</source>
            <translation>%1: the justification is very short; say why the N/A condition holds for this product.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="255" />
            <source>%1: the document "%2" is referenced but not attached; keep a copy with the evidence.</source>
            <translation>%1: the document "%2" is referenced but not attached; keep a copy with the evidence.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="273" />
            <source>%1: the device test on firmware %2 is kept as history; the item was tested again on firmware %3.</source>
            <translation>%1: the device test on firmware %2 is kept as history; the item was tested again on firmware %3.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="278" />
            <source>%1: the device test was run on firmware %2, but the declaration is for firmware %3.</source>
            <translation>%1: the device test was run on firmware %2, but the declaration is for firmware %3.</translation>
        </message>
        <message>
            <location filename="../core/gate/submissiongate.cpp" line="287" />
            <source>%1: the evidence file "%2" no longer matches its recorded SHA-256.</source>
            <translation>%1: the evidence file "%2" no longer matches its recorded SHA-256.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SubsetExport</name>
        <message>
            <location filename="../core/export/subsetexport.cpp" line="21" />
            <source>Name at least one item for the subset.</source>
            <translation>Name at least one item for the subset.</translation>
        </message>
        <message>
            <location filename="../core/export/subsetexport.cpp" line="22" />
            <source>%1 has no item %2.</source>
            <translation>%1 has no item %2.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SyncConflictView</name>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="105" />
            <source>(removed)</source>
            <translation>(removed)</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="105" />
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="108" />
            <source>the whole record</source>
            <translation>the whole record</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="109" />
            <source>(not known)</source>
            <translation>(not known)</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="115" />
            <source>Decide…</source>
            <translation>Decide…</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="116" />
            <location filename="../forms/sync/syncconflictview.cpp" line="204" />
            <source>This copy</source>
            <translation>This copy</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="117" />
            <location filename="../forms/sync/syncconflictview.cpp" line="205" />
            <source>The other copy</source>
            <translation>The other copy</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="119" />
            <location filename="../forms/sync/syncconflictview.cpp" line="205" />
            <source>Edited value</source>
            <translation>Edited value</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/sync/syncconflictview.cpp" line="200" />
            <source>%n conflict(s): both copies changed the same thing. Decide each one; nothing is written until every conflict is decided.</source>
            <translation>
                <numerusform>%n conflict: both copies changed the same thing. Decide each one; nothing is written until every conflict is decided.</numerusform>
                <numerusform>%n conflicts: both copies changed the same thing. Decide each one; nothing is written until every conflict is decided.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="202" />
            <source>All: this copy</source>
            <translation>All: this copy</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="203" />
            <source>All: the other copy</source>
            <translation>All: the other copy</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="204" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="204" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="204" />
            <source>Before (both agreed)</source>
            <translation>Before (both agreed)</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncconflictview.cpp" line="205" />
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SyncDialog</name>
        <message>
            <location filename="../app/gui/screenshot_sync.cpp" line="51" />
            <location filename="../forms/sync/syncdialog.cpp" line="187" />
            <source>Synchronise</source>
            <translation>Synchronise</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="188" />
            <source>&amp;Other copy:</source>
            <translation>&amp;Other copy:</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="189" />
            <source>A .hoshi file or a server address (postgresql://…)</source>
            <translation>A .hoshi file or a server address (postgresql://…)</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="190" />
            <source>&amp;File…</source>
            <translation>&amp;File…</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="191" />
            <source>&amp;Server…</source>
            <translation>&amp;Server…</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="192" />
            <source>Or&amp;ganisation:</source>
            <translation>Or&amp;ganisation:</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="193" />
            <source>All organisations</source>
            <translation>All organisations</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="194" />
            <source>&amp;Preview</source>
            <translation>&amp;Preview</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="195" />
            <source>What goes each way</source>
            <translation>What goes each way</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="196" />
            <source>Record type</source>
            <translation>Record type</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="196" />
            <source>To this copy</source>
            <translation>To this copy</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="196" />
            <source>To the other copy</source>
            <translation>To the other copy</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="197" />
            <source>Records affected</source>
            <translation>Records affected</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="198" />
            <source>Goes to</source>
            <translation>Goes to</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="198" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="198" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="200" />
            <source>S&amp;ynchronise</source>
            <translation>S&amp;ynchronise</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="201" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="202" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="204" />
            <source>Choose the other copy and preview what the synchronisation would do. Nothing is written until you press Synchronise.</source>
            <translation>Choose the other copy and preview what the synchronisation would do. Nothing is written until you press Synchronise.</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="239" />
            <source>The other copy</source>
            <translation>The other copy</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="239" />
            <source>Hoshi workspaces (*.hoshi)</source>
            <translation>Hoshi workspaces (*.hoshi)</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="300" />
            <source>That is the workspace open here. Choose the other copy.</source>
            <translation>That is the workspace open here. Choose the other copy.</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="315" />
            <source>This workspace is open read-only here; open it for writing to synchronise it.</source>
            <translation>This workspace is open read-only here; open it for writing to synchronise it.</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="332" />
            <source>Cancelled; nothing was written.</source>
            <translation>Cancelled; nothing was written.</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="342" />
            <source>The other copy changed since the preview. Nothing was written; decide the conflicts below and synchronise again.</source>
            <translation>The other copy changed since the preview. Nothing was written; decide the conflicts below and synchronise again.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/sync/syncdialog.cpp" line="346" />
            <source>Synchronised with %1: %n record(s) came to this copy</source>
            <translation>
                <numerusform>Synchronised with %1: %n record came to this copy</numerusform>
                <numerusform>Synchronised with %1: %n records came to this copy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/sync/syncdialog.cpp" line="349" />
            <source>%n record(s) went to the other copy.</source>
            <translation>
                <numerusform>%n record went to the other copy.</numerusform>
                <numerusform>%n records went to the other copy.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="361" />
            <source>Nothing was written. %1</source>
            <translation>Nothing was written. %1</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="362" />
            <source>Preview not possible</source>
            <translation>Preview not possible</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="363" />
            <source>Synchronisation refused</source>
            <translation>Synchronisation refused</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="389" />
            <source>→ this copy</source>
            <translation>→ this copy</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="389" />
            <source>→ the other copy</source>
            <translation>→ the other copy</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="397" />
            <source>Both copies hold the same records; nothing to do.</source>
            <translation>Both copies hold the same records; nothing to do.</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncdialog.cpp" line="399" />
            <source>First synchronisation between these copies.</source>
            <translation>First synchronisation between these copies.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/sync/syncdialog.cpp" line="401" />
            <source>%n record(s) would change; %1 of file content would be copied.</source>
            <translation>
                <numerusform>%n record would change; %1 of file content would be copied.</numerusform>
                <numerusform>%n records would change; %1 of file content would be copied.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hoshi::SyncNames</name>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="15" />
            <source>Workspace settings</source>
            <translation>Workspace settings</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="16" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="17" />
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="18" />
            <source>Declarations</source>
            <translation>Declarations</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="19" />
            <source>Declaration names</source>
            <translation>Declaration names</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="20" />
            <source>Point adjustments</source>
            <translation>Point adjustments</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="21" />
            <source>Assessments</source>
            <translation>Assessments</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="22" />
            <source>Point choices</source>
            <translation>Point choices</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="23" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="24" />
            <source>Evidence links</source>
            <translation>Evidence links</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="25" />
            <source>Point links</source>
            <translation>Point links</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="26" />
            <source>PSTI statements</source>
            <translation>PSTI statements</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="27" />
            <source>Evidence files</source>
            <translation>Evidence files</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="28" />
            <source>Official forms</source>
            <translation>Official forms</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="29" />
            <source>History entries</source>
            <translation>History entries</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="30" />
            <source>Baselines</source>
            <translation>Baselines</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="31" />
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="32" />
            <source>Sign-offs</source>
            <translation>Sign-offs</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="40" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="41" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="42" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="43" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="44" />
            <source>Name (English)</source>
            <translation>Name (English)</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="45" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="46" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="47" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="48" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="57" />
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="59" />
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../forms/sync/syncnames.cpp" line="61" />
            <source>removed</source>
            <translation>removed</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SyncRunner</name>
        <message>
            <location filename="../forms/sync/syncrunner.cpp" line="68" />
            <source>The synchronisation ended without a result.</source>
            <translation>The synchronisation ended without a result.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::SyncStatusLabel</name>
        <message>
            <location filename="../forms/sync/syncstatuslabel.cpp" line="38" />
            <source>Synchronised with %1 at %2</source>
            <translation>Synchronised with %1 at %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::TableWriter</name>
        <message>
            <location filename="../core/export/tablewriter.cpp" line="152" />
            <source>the workbook cannot be created</source>
            <translation>the workbook cannot be created</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ToolRun</name>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="101" />
            <source>"%1" is not a host name or address (with an optional :port)</source>
            <translation>"%1" is not a host name or address (with an optional :port)</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="117" />
            <source>a tool is running already</source>
            <translation>a tool is running already</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="122" />
            <source>an SBOM is not produced by running a tool from Hoshi</source>
            <translation>an SBOM is not produced by running a tool from Hoshi</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="126" />
            <source>%1 is not installed (not found on PATH)</source>
            <translation>%1 is not installed (not found on PATH)</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="134" />
            <source>the recipe option "%1" is not run by Hoshi (output, input and script options are its own)</source>
            <translation>the recipe option "%1" is not run by Hoshi (output, input and script options are its own)</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="140" />
            <source>cannot make a temporary folder: %1</source>
            <translation>cannot make a temporary folder: %1</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="190" />
            <source>%1 could not be started: %2</source>
            <translation>%1 could not be started: %2</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="222" />
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="224" />
            <source>%1 did not finish within %2 seconds and was stopped</source>
            <translation>%1 did not finish within %2 seconds and was stopped</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="226" />
            <source>%1 stopped abnormally</source>
            <translation>%1 stopped abnormally</translation>
        </message>
        <message>
            <location filename="../core/capture/toolrun.cpp" line="229" />
            <source>%1 ended (exit code %2) without writing its output</source>
            <translation>%1 ended (exit code %2) without writing its output</translation>
        </message>
    </context>
    <context>
        <name>hoshi::VerdictStyle</name>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="189" />
            <source>document review</source>
            <translation>document review</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="192" />
            <source>device test</source>
            <translation>device test</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="195" />
            <source>SBOM</source>
            <translation>SBOM</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="198" />
            <source>penetration test</source>
            <translation>penetration test</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="202" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../forms/common/verdictstyle.cpp" line="202" />
            <source> and </source>
            <translation> and </translation>
        </message>
    </context>
    <context>
        <name>hoshi::VerificationText</name>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="15" />
            <source>Intact</source>
            <translation>Intact</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="24" />
            <source>Not intact: %n file(s) changed (%1)</source>
            <translation>
                <numerusform>Not intact: %n file changed (%1)</numerusform>
                <numerusform>Not intact: %n files changed (%1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="28" />
            <source>Not intact: the signature does not match</source>
            <translation>Not intact: the signature does not match</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="29" />
            <source>Not intact: %1</source>
            <translation>Not intact: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="34" />
            <source>Unreadable or hostile: %1</source>
            <translation>Unreadable or hostile: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="41" />
            <source>Every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match and nothing is missing or added: %n payload file(s), %1.</source>
            <translation>
                <numerusform>Every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match and nothing is missing or added: %n payload file, %1.</numerusform>
                <numerusform>Every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match and nothing is missing or added: %n payload files, %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="58" />
            <source>Nothing was extracted from the archive. Ask the sender for an intact copy.</source>
            <translation>Nothing was extracted from the archive. Ask the sender for an intact copy.</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="65" />
            <source>Not signed</source>
            <translation>Not signed</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="67" />
            <source>Signed by %1 (%2, self-signed certificate), signature valid</source>
            <translation>Signed by %1 (%2, self-signed certificate), signature valid</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="68" />
            <source>Signed by %1 (%2, certificate chained to a trusted CA), signature valid</source>
            <translation>Signed by %1 (%2, certificate chained to a trusted CA), signature valid</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="70" />
            <source>Signed by %1 (%2, certificate not chained to a trusted CA), signature valid</source>
            <translation>Signed by %1 (%2, certificate not chained to a trusted CA), signature valid</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="75" />
            <source>Signature invalid: %1</source>
            <translation>Signature invalid: %1</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="76" />
            <source>Signed by %1, signature INVALID: %2</source>
            <translation>Signed by %1, signature INVALID: %2</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="84" />
            <source>%1 — but the signature covers the manifests, and the files no longer match them: the archive is not what was signed.</source>
            <translation>%1 — but the signature covers the manifests, and the files no longer match them: the archive is not what was signed.</translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="102" />
            <source>%n payload file(s) (the evidence and the application package)</source>
            <translation>
                <numerusform>%n payload file (the evidence and the application package)</numerusform>
                <numerusform>%n payload files (the evidence and the application package)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../forms/common/verificationtext.cpp" line="103" />
            <source> + %n tag file(s) (bag declaration, bag-info, manifests, signature)</source>
            <translation>
                <numerusform> + %n tag file (bag declaration, bag-info, manifests, signature)</numerusform>
                <numerusform> + %n tag files (bag declaration, bag-info, manifests, signature)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="111" />
            <source>Certificate SHA-256: %1 — compare it with the fingerprint the manufacturer gave you.</source>
            <translation>Certificate SHA-256: %1 — compare it with the fingerprint the manufacturer gave you.</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="121" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="123" />
            <source>modified</source>
            <translation>modified</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="125" />
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <location filename="../forms/common/verificationtext.cpp" line="127" />
            <source>unlisted</source>
            <translation>unlisted</translation>
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
            <translation>A workbench for JC-STAR IoT security self-declarations: assess every item, keep the evidence with it, and see at once what still blocks submission. A workspace is one file on your computer, or a database on a team server that several people use at once; every change is saved as you make it.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="83" />
            <source>New workspace…</source>
            <translation>New workspace…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="84" />
            <source>Open workspace…</source>
            <translation>Open workspace…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="85" />
            <source>Open server workspace…</source>
            <translation>Open server workspace…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="86" />
            <source>A workspace on a PostgreSQL server (postgresql://…), shared by a team.</source>
            <translation>A workspace on a PostgreSQL server (postgresql://…), shared by a team.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="87" />
            <source>Open the demo</source>
            <translation>Open the demo</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="88" />
            <source>Check an evidence archive…</source>
            <translation>Check an evidence archive…</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="89" />
            <source>Auditor mode: verify a retained evidence archive (.zip) and browse it read-only.</source>
            <translation>Auditor mode: verify a retained evidence archive (.zip) and browse it read-only.</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="90" />
            <source>Recent workspaces</source>
            <translation>Recent workspaces</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="99" />
            <source>%1 — server</source>
            <translation>%1 — server</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="100" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../forms/mainwindow/welcomepage.cpp" line="106" />
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::Workspace</name>
        <message>
            <location filename="../core/storage/workspace.cpp" line="147" />
            <source>%1 already exists; choose another name or open it instead.</source>
            <translation>%1 already exists; choose another name or open it instead.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="151" />
            <source>The folder for %1 does not exist.</source>
            <translation>The folder for %1 does not exist.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="158" />
            <source>Cannot create %1: another program is creating it.</source>
            <translation>Cannot create %1: another program is creating it.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="177" />
            <source>%1 does not exist.</source>
            <translation>%1 does not exist.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="181" />
            <location filename="../core/storage/workspace_files.cpp" line="307" />
            <location filename="../core/storage/workspace_points.cpp" line="178" />
            <source>%1 is not a file.</source>
            <translation>%1 is not a file.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="186" />
            <source>%1 is not a Hoshi workspace (it is not an SQLite database file, or it is empty or cut short).</source>
            <translation>%1 is not a Hoshi workspace (it is not an SQLite database file, or it is empty or cut short).</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="191" />
            <source>%1 is an SQLite database but not a Hoshi workspace.</source>
            <translation>%1 is an SQLite database but not a Hoshi workspace.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="197" />
            <source>%1 is damaged: the file is shorter than its own header says (%2 of %3 bytes); it was probably truncated while copying. Restore it from a backup.</source>
            <translation>%1 is damaged: the file is shorter than its own header says (%2 of %3 bytes); it was probably truncated while copying. Restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="232" />
            <source>%1 is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
            <translation>%1 is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="238" />
            <source>%1 cannot be locked for writing (is the folder read-only?). Open it read-only instead.</source>
            <translation>%1 cannot be locked for writing (is the folder read-only?). Open it read-only instead.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="393" />
            <source>This workspace already holds a different data revision %1 of the criteria set %2.</source>
            <translation>This workspace already holds a different data revision %1 of the criteria set %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="33" />
            <location filename="../core/storage/workspace_probe.cpp" line="94" />
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="47" />
            <location filename="../core/storage/serverbackend.cpp" line="43" />
            <source>%1 cannot be used: %2</source>
            <translation>%1 cannot be used: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_probe.cpp" line="72" />
            <source>%1 is damaged and cannot be read: %2</source>
            <translation>%1 is damaged and cannot be read: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_probe.cpp" line="77" />
            <source>%1 is damaged (%2). Restore it from a backup.</source>
            <translation>%1 is damaged (%2). Restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="58" />
            <location filename="../core/storage/serverbackend.cpp" line="53" />
            <location filename="../core/storage/serverbackend.cpp" line="61" />
            <location filename="../core/storage/workspace_probe.cpp" line="54" />
            <source>%1 cannot be read: %2</source>
            <translation>%1 cannot be read: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_probe.cpp" line="40" />
            <source>%1 was written by a newer Hoshi (format %2; this version reads up to %3). Update Hoshi to open it.</source>
            <translation>%1 was written by a newer Hoshi (format %2; this version reads up to %3). Update Hoshi to open it.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="299" />
            <source>%1 uses an older format and must be upgraded; open it for writing once.</source>
            <translation>%1 uses an older format and must be upgraded; open it for writing once.</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="85" />
            <source>Cannot back up %1 before upgrading it: %2</source>
            <translation>Cannot back up %1 before upgrading it: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="324" />
            <location filename="../core/storage/workspace_criteriadata.cpp" line="258" />
            <source>Cannot upgrade %1 to format %2: %3</source>
            <translation>Cannot upgrade %1 to format %2: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="337" />
            <source>Cannot initialise %1: %2</source>
            <translation>Cannot initialise %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="69" />
            <location filename="../core/storage/serverbackend.cpp" line="73" />
            <location filename="../core/storage/serverbackend.cpp" line="85" />
            <source>Cannot upgrade %1: %2</source>
            <translation>Cannot upgrade %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="348" />
            <source>Cannot read the criteria stored in %1: %2</source>
            <translation>Cannot read the criteria stored in %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="354" />
            <source>The criteria set %1 stored in %2 is invalid: %3</source>
            <translation>The criteria set %1 stored in %2 is invalid: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="369" />
            <source>%1 is open read-only; nothing can be changed.</source>
            <translation>%1 is open read-only; nothing can be changed.</translation>
        </message>
        <message>
            <location filename="../core/storage/filebackend.cpp" line="128" />
            <location filename="../core/storage/serverbackend.cpp" line="123" />
            <source>Cannot compact %1: %2</source>
            <translation>Cannot compact %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="234" />
            <location filename="../core/storage/workspace_assessments.cpp" line="283" />
            <location filename="../core/storage/workspace_remove.cpp" line="89" />
            <location filename="../core/storage/workspaceutil.h" line="53" />
            <source>Cannot save: %1</source>
            <translation>Cannot save: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="406" />
            <source>Cannot store the criteria set %1: %2</source>
            <translation>Cannot store the criteria set %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="185" />
            <location filename="../core/storage/workspace_assessments.cpp" line="226" />
            <location filename="../core/storage/workspace_review.cpp" line="109" />
            <source>%1 is not an item of %2.</source>
            <translation>%1 is not an item of %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/snapshotreader.cpp" line="100" />
            <source>Cannot read the workspace: %1</source>
            <translation>Cannot read the workspace: %1</translation>
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
            <translation>There is no declaration with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="196" />
            <location filename="../core/storage/workspace_assessments.cpp" line="262" />
            <location filename="../core/storage/workspace_assessments.cpp" line="267" />
            <source>Cannot record the assessment of %1: %2</source>
            <translation>Cannot record the assessment of %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="246" />
            <source>Verdict: %1 → %2</source>
            <translation>Verdict: %1 → %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="248" />
            <source>Justification: %1</source>
            <translation>Justification: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="250" />
            <source>Notes: %1</source>
            <translation>Notes: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="297" />
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="300" />
            <source>%1 was changed by %2 at %3 since you read it (version %4, now %5). Nothing was saved; it now reads: verdict %6; justification "%7"; notes "%8".</source>
            <translation>%1 was changed by %2 at %3 since you read it (version %4, now %5). Nothing was saved; it now reads: verdict %6; justification "%7"; notes "%8".</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="369" />
            <source>Evidence must back at least one item.</source>
            <translation>Evidence must back at least one item.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="385" />
            <source>Cannot add the evidence: %1</source>
            <translation>Cannot add the evidence: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="395" />
            <location filename="../core/storage/workspace_assessments.cpp" line="445" />
            <source>Cannot link the evidence to %1: %2</source>
            <translation>Cannot link the evidence to %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="399" />
            <source>%1 evidence added: %2</source>
            <translation>%1 evidence added: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="421" />
            <source>Cannot update the evidence: %1</source>
            <translation>Cannot update the evidence: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="424" />
            <source>Evidence edited: %1</source>
            <translation>Evidence edited: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="436" />
            <location filename="../core/storage/workspace_assessments.cpp" line="477" />
            <location filename="../core/storage/workspace_files.cpp" line="300" />
            <location filename="../core/storage/workspace_files.cpp" line="389" />
            <source>There is no evidence with the id %1.</source>
            <translation>There is no evidence with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="448" />
            <source>Evidence linked: %1</source>
            <translation>Evidence linked: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="462" />
            <source>That evidence does not back %1.</source>
            <translation>That evidence does not back %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="465" />
            <source>Evidence %1 unlinked</source>
            <translation>Evidence %1 unlinked</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="481" />
            <source>Evidence removed: %1</source>
            <translation>Evidence removed: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="488" />
            <source>Cannot remove the evidence: %1</source>
            <translation>Cannot remove the evidence: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="543" />
            <source>Carried over from declaration %1 (%2); to review: %3</source>
            <translation>Carried over from declaration %1 (%2); to review: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_assessments.cpp" line="544" />
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="157" />
            <location filename="../core/storage/workspace_catalog.cpp" line="180" />
            <source>An organisation needs a name.</source>
            <translation>An organisation needs a name.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="165" />
            <source>Cannot add the organisation: %1</source>
            <translation>Cannot add the organisation: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="169" />
            <source>Organisation "%1" added</source>
            <translation>Organisation "%1" added</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="188" />
            <source>Cannot update the organisation: %1</source>
            <translation>Cannot update the organisation: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="191" />
            <source>Organisation details edited</source>
            <translation>Organisation details edited</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="226" />
            <location filename="../core/storage/workspace_catalog.cpp" line="258" />
            <source>A product needs a name.</source>
            <translation>A product needs a name.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="230" />
            <location filename="../core/storage/workspace_catalog.cpp" line="262" />
            <source>"%1" is not a firmware image SHA-256 (64 hexadecimal digits).</source>
            <translation>"%1" is not a firmware image SHA-256 (64 hexadecimal digits).</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="234" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="52" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="129" />
            <source>There is no organisation with the id %1.</source>
            <translation>There is no organisation with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="242" />
            <source>Cannot add the product: %1</source>
            <translation>Cannot add the product: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="247" />
            <source>Product "%1" added</source>
            <translation>Product "%1" added</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="267" />
            <location filename="../core/storage/workspace_catalog.cpp" line="336" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="73" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="158" />
            <source>There is no product with the id %1.</source>
            <translation>There is no product with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="277" />
            <source>Cannot update the product: %1</source>
            <translation>Cannot update the product: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="294" />
            <source>Product fields changed: %1</source>
            <translation>Product fields changed: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="346" />
            <source>Unknown criteria set %1 with data revision %2.</source>
            <translation>Unknown criteria set %1 with data revision %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="347" />
            <source>Unknown criteria set %1.</source>
            <translation>Unknown criteria set %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="351" />
            <source>The UK PSTI route exists only for ★1 declarations.</source>
            <translation>The UK PSTI route exists only for ★1 declarations.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="360" />
            <source>Cannot add the declaration: %1</source>
            <translation>Cannot add the declaration: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="365" />
            <source>Declaration against %1 (%2) started</source>
            <translation>Declaration against %1 (%2) started</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="381" />
            <source>A declaration's product and criteria set cannot be changed; start a new declaration.</source>
            <translation>A declaration's product and criteria set cannot be changed; start a new declaration.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="405" />
            <source>Cannot update the declaration: %1</source>
            <translation>Cannot update the declaration: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="408" />
            <source>Declaration details edited</source>
            <translation>Declaration details edited</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalog.cpp" line="411" />
            <location filename="../core/storage/workspace_label.cpp" line="100" />
            <source>Label status: %1 → %2</source>
            <translation>Label status: %1 → %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="286" />
            <source>Cannot attach %1: %2</source>
            <translation>Cannot attach %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="290" />
            <source>File attached: %1 (%2 bytes)</source>
            <translation>File attached: %1 (%2 bytes)</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="145" />
            <location filename="../core/storage/workspace_files.cpp" line="312" />
            <location filename="../core/storage/workspace_files.cpp" line="324" />
            <location filename="../core/storage/workspace_server.cpp" line="44" />
            <location filename="../core/storage/workspace_server.cpp" line="86" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="206" />
            <location filename="../core/storage/workspace_files.cpp" line="212" />
            <location filename="../core/storage/workspace_files.cpp" line="219" />
            <location filename="../core/storage/workspace_files.cpp" line="239" />
            <location filename="../core/storage/workspace_files.cpp" line="247" />
            <location filename="../core/storage/workspace_files.cpp" line="360" />
            <source>Cannot store %1: %2</source>
            <translation>Cannot store %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="157" />
            <location filename="../core/storage/workspace_files.cpp" line="163" />
            <source>Cannot store %1: %2 (is the disk full?)</source>
            <translation>Cannot store %1: %2 (is the disk full?)</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="165" />
            <source>Import of %1 cancelled.</source>
            <translation>Import of %1 cancelled.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="409" />
            <source>There is no evidence file with the id %1.</source>
            <translation>There is no evidence file with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="413" />
            <source>File removed: %1</source>
            <translation>File removed: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="420" />
            <source>Cannot remove %1: %2</source>
            <translation>Cannot remove %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="435" />
            <location filename="../core/storage/workspace_files.cpp" line="447" />
            <source>Cannot read stored content %1: %2</source>
            <translation>Cannot read stored content %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="457" />
            <source>Reading stored content %1 was stopped.</source>
            <translation>Reading stored content %1 was stopped.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="434" />
            <location filename="../core/storage/workspace_files.cpp" line="453" />
            <location filename="../core/storage/workspace_files.cpp" line="484" />
            <source>The workspace holds no content %1.</source>
            <translation>The workspace holds no content %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="469" />
            <source>Cannot write: %1</source>
            <translation>Cannot write: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_files.cpp" line="498" />
            <source>Stored content no longer matches its SHA-256 (expected %1, found %2; %3 of %4 bytes).</source>
            <translation>Stored content no longer matches its SHA-256 (expected %1, found %2; %3 of %4 bytes).</translation>
        </message>
        <message>
            <location filename="../core/storage/snapshotreader.cpp" line="286" />
            <location filename="../core/storage/workspace_snapshot.cpp" line="63" />
            <source>Declaration %1 is incomplete in this workspace.</source>
            <translation>Declaration %1 is incomplete in this workspace.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="41" />
            <source>approval</source>
            <translation>approval</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="43" />
            <source>label</source>
            <translation>label</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="47" />
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="99" />
            <source>Cannot keep a baseline of declaration %1: the data is not a Hoshi declaration.</source>
            <translation>Cannot keep a baseline of declaration %1: the data is not a Hoshi declaration.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="106" />
            <source>Cannot keep a baseline of declaration %1: %2</source>
            <translation>Cannot keep a baseline of declaration %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_baselines.cpp" line="111" />
            <source>Baseline kept (%1, fingerprint %2)</source>
            <translation>Baseline kept (%1, fingerprint %2)</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="20" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="22" />
            <source>%n declaration(s)</source>
            <translation>
                <numerusform>%n declaration</numerusform>
                <numerusform>%n declarations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="24" />
            <source>%n evidence record(s)</source>
            <translation>
                <numerusform>%n evidence record</numerusform>
                <numerusform>%n evidence records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="26" />
            <source>%n user access grant(s) (hoshi-cli server revoke)</source>
            <translation>
                <numerusform>%n user access grant (hoshi-cli server revoke)</numerusform>
                <numerusform>%n user access grants (hoshi-cli server revoke)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="28" />
            <source>%n recorded export(s) or approval(s)</source>
            <translation>
                <numerusform>%n recorded export or approval</numerusform>
                <numerusform>%n recorded exports or approvals</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="30" />
            <source>an attached official form (hoshi-cli form remove)</source>
            <translation>an attached official form (hoshi-cli form remove)</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_catalogedit.cpp" line="31" />
            <source>%n record(s) in %1</source>
            <translation>
                <numerusform>%n record in %1</numerusform>
                <numerusform>%n records in %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="56" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="77" />
            <source>The name can not be empty.</source>
            <translation>The name can not be empty.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="65" />
            <source>Organisation renamed from "%1" to "%2"</source>
            <translation>Organisation renamed from "%1" to "%2"</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="87" />
            <location filename="../core/storage/workspace_catalogedit.cpp" line="89" />
            <source>Product renamed from "%1" to "%2"</source>
            <translation>Product renamed from "%1" to "%2"</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="115" />
            <source>Cannot rename the declaration: %1</source>
            <translation>Cannot rename the declaration: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="119" />
            <source>Declaration renamed from "%1" to "%2"</source>
            <translation>Declaration renamed from "%1" to "%2"</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="136" />
            <source>The organisation "%1" can not be removed while other records depend on it: %2.</source>
            <translation>The organisation "%1" can not be removed while other records depend on it: %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="144" />
            <source>Cannot remove the organisation: %1</source>
            <translation>Cannot remove the organisation: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="148" />
            <source>Organisation "%1" removed</source>
            <translation>Organisation "%1" removed</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="163" />
            <source>The product "%1" can not be removed while other records depend on it: %2.</source>
            <translation>The product "%1" can not be removed while other records depend on it: %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="170" />
            <source>Cannot remove the product: %1</source>
            <translation>Cannot remove the product: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="174" />
            <source>Product "%1" removed</source>
            <translation>Product "%1" removed</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="194" />
            <source>The declaration can not be removed while other records depend on it: %1.</source>
            <translation>The declaration can not be removed while other records depend on it: %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="214" />
            <source>Cannot remove the declaration: %1</source>
            <translation>Cannot remove the declaration: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_catalogedit.cpp" line="224" />
            <source>Declaration of "%1" (%2) removed</source>
            <translation>Declaration of "%1" (%2) removed</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="36" />
            <source>application number</source>
            <translation>application number</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="37" />
            <source>submitted on</source>
            <translation>submitted on</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="38" />
            <source>registration number</source>
            <translation>registration number</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="39" />
            <source>issued on</source>
            <translation>issued on</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="40" />
            <source>valid until</source>
            <translation>valid until</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="41" />
            <source>extended on</source>
            <translation>extended on</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="42" />
            <source>successor</source>
            <translation>successor</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="43" />
            <source>product page</source>
            <translation>product page</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="92" />
            <source>Cannot save the label record: %1</source>
            <translation>Cannot save the label record: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_label.cpp" line="97" />
            <source>Label record: %1</source>
            <translation>Label record: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="47" />
            <location filename="../core/storage/workspace_points.cpp" line="93" />
            <source>%1 is not an evaluation point of %2.</source>
            <translation>%1 is not an evaluation point of %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="60" />
            <source>Cannot record the evaluation point %1: %2</source>
            <translation>Cannot record the evaluation point %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="66" />
            <source>Relies on evaluation point %1</source>
            <translation>Relies on evaluation point %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="66" />
            <source>No longer relies on evaluation point %1</source>
            <translation>No longer relies on evaluation point %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="88" />
            <source>%1 is not an item of declaration %2.</source>
            <translation>%1 is not an item of declaration %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="100" />
            <source>Evidence %1 is not linked to %2; link it to the item first.</source>
            <translation>Evidence %1 is not linked to %2; link it to the item first.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="106" />
            <location filename="../core/storage/workspace_points.cpp" line="113" />
            <source>Cannot record the evaluation points: %1</source>
            <translation>Cannot record the evaluation points: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="118" />
            <source>Evidence backs evaluation points of %1: %2</source>
            <translation>Evidence backs evaluation points of %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="119" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="137" />
            <source>Cannot carry over the evaluation points of %1: %2</source>
            <translation>Cannot carry over the evaluation points of %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="185" />
            <source>UK PSTI statement of compliance</source>
            <translation>UK PSTI statement of compliance</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="186" />
            <location filename="../core/storage/workspace_points.cpp" line="195" />
            <source>Cannot keep the PSTI statement: %1</source>
            <translation>Cannot keep the PSTI statement: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_points.cpp" line="199" />
            <source>PSTI statement of compliance attached: %1</source>
            <translation>PSTI statement of compliance attached: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_remove.cpp" line="46" />
            <source>Declaration %1 cannot be removed: %2 item(s) hold a verdict, a justification, notes or evidence. Reset them to not assessed and unlink the evidence first.</source>
            <translation>Declaration %1 cannot be removed: %2 item(s) hold a verdict, a justification, notes or evidence. Reset them to not assessed and unlink the evidence first.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_remove.cpp" line="55" />
            <source>Declaration %1 cannot be removed: its CRA record holds what the manufacturer entered. Clear those fields first.</source>
            <translation>Declaration %1 cannot be removed: its CRA record holds what the manufacturer entered. Clear those fields first.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_remove.cpp" line="62" />
            <source>Declaration %1 cannot be removed: it has been approved, exported or labelled, and its record must stay.</source>
            <translation>Declaration %1 cannot be removed: it has been approved, exported or labelled, and its record must stay.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace.cpp" line="442" />
            <location filename="../core/storage/workspace_review.cpp" line="70" />
            <source>Cannot record the history: %1</source>
            <translation>Cannot record the history: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="97" />
            <source>There are no comments to add.</source>
            <translation>There are no comments to add.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="113" />
            <source>A comment needs an author and a text.</source>
            <translation>A comment needs an author and a text.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="117" />
            <source>"%1" is not a finding status (accepted, question, more-evidence).</source>
            <translation>"%1" is not a finding status (accepted, question, more-evidence).</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="131" />
            <source>Cannot add the comment: %1</source>
            <translation>Cannot add the comment: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="136" />
            <source>Comment %1 by %2: %3</source>
            <translation>Comment %1 by %2: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="161" />
            <source>There is no comment with the id %1.</source>
            <translation>There is no comment with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="165" />
            <source>Resolving a comment needs the name of who resolves it.</source>
            <translation>Resolving a comment needs the name of who resolves it.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="169" />
            <source>Comment %1 was already resolved by %2.</source>
            <translation>Comment %1 was already resolved by %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="175" />
            <source>Cannot resolve the comment: %1</source>
            <translation>Cannot resolve the comment: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="179" />
            <source>Comment %1 resolved by %2</source>
            <translation>Comment %1 resolved by %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="296" />
            <source>Cannot record the sign-off: %1</source>
            <translation>Cannot record the sign-off: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="311" />
            <source>A review request needs the name of who asks for it.</source>
            <translation>A review request needs the name of who asks for it.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="315" />
            <source>Declaration %1 is already in review.</source>
            <translation>Declaration %1 is already in review.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="319" />
            <source>Review requested by %1</source>
            <translation>Review requested by %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="331" />
            <source>An approval needs the name of the approver.</source>
            <translation>An approval needs the name of the approver.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="336" />
            <source>Declaration %1 is a draft: request a review before approving it.</source>
            <translation>Declaration %1 is a draft: request a review before approving it.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="340" />
            <source>Declaration %1 is already approved and has not changed since.</source>
            <translation>Declaration %1 is already approved and has not changed since.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="344" />
            <source>%1 changed declaration %2 since its last approval and so cannot approve it; someone else must approve.</source>
            <translation>%1 changed declaration %2 since its last approval and so cannot approve it; someone else must approve.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="348" />
            <source>Approved by %1</source>
            <translation>Approved by %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="360" />
            <source>Requesting changes needs the reviewer's name and a reason.</source>
            <translation>Requesting changes needs the reviewer's name and a reason.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="365" />
            <source>Declaration %1 is not in review (it is %2).</source>
            <translation>Declaration %1 is not in review (it is %2).</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="369" />
            <source>Changes requested by %1: %2</source>
            <translation>Changes requested by %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="394" />
            <location filename="../core/storage/workspace_shelflife.cpp" line="51" />
            <source>Cannot save the setting: %1</source>
            <translation>Cannot save the setting: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="398" />
            <source>Setting: approval required before export</source>
            <translation>Setting: approval required before export</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="398" />
            <source>Setting: approval not required before export</source>
            <translation>Setting: approval not required before export</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="444" />
            <source>declaration</source>
            <translation>declaration</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_review.cpp" line="445" />
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <location filename="../core/storage/serverbackend.cpp" line="33" />
            <source>Cannot connect to %1: %2</source>
            <translation>Cannot connect to %1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/serverbackend.cpp" line="114" />
            <source>%n stored file(s) do not have their recorded size</source>
            <translation>
                <numerusform>%n stored file does not have its recorded size</numerusform>
                <numerusform>%n stored files do not have their recorded size</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/serverbackend.cpp" line="167" />
            <source>The user %1 has no access to the workspace %2. Its owner can give access with "hoshi-cli server grant".</source>
            <translation>The user %1 has no access to the workspace %2. Its owner can give access with "hoshi-cli server grant".</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_server.cpp" line="42" />
            <source>The database %1 already holds tables; a new workspace needs an empty database (create one with createdb).</source>
            <translation>The database %1 already holds tables; a new workspace needs an empty database (create one with createdb).</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_server.cpp" line="64" />
            <source>The database %1 holds no Hoshi workspace; create one with "hoshi-cli server init".</source>
            <translation>The database %1 holds no Hoshi workspace; create one with "hoshi-cli server init".</translation>
        </message>
        <message>
            <location filename="../core/storage/changefeed.cpp" line="28" />
            <source>Only a workspace on a server announces changes.</source>
            <translation>Only a workspace on a server announces changes.</translation>
        </message>
        <message>
            <location filename="../core/storage/changefeed.cpp" line="32" />
            <source>Cannot listen for changes: %1</source>
            <translation>Cannot listen for changes: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="91" />
            <source>Declaration %1 has no official evaluation points to remove.</source>
            <translation>Declaration %1 has no official evaluation points to remove.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="112" />
            <source>Cannot store the official evaluation points: %1</source>
            <translation>Cannot store the official evaluation points: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="118" />
            <source>Cannot remove the official evaluation points: %1</source>
            <translation>Cannot remove the official evaluation points: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_criteriadata.cpp" line="127" />
            <source>Official evaluation points of %n item(s) set from %1 (SHA-256 %2); %3 answer(s) moved, %4 without a matching point</source>
            <translation>
                <numerusform>Official evaluation points of %n item set from %1 (SHA-256 %2); %3 answer(s) moved, %4 without a matching point</numerusform>
                <numerusform>Official evaluation points of %n items set from %1 (SHA-256 %2); %3 answer(s) moved, %4 without a matching point</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="132" />
            <source>Official evaluation points removed; %1 answer(s) moved, %2 without a matching point</source>
            <translation>Official evaluation points removed; %1 answer(s) moved, %2 without a matching point</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="177" />
            <location filename="../core/storage/workspace_criteriadata.cpp" line="185" />
            <source>Cannot move the answers on evaluation point %1: %2</source>
            <translation>Cannot move the answers on evaluation point %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="230" />
            <source>Cannot upgrade %1: the criteria set %2 stored in it is unreadable (%3).</source>
            <translation>Cannot upgrade %1: the criteria set %2 stored in it is unreadable (%3).</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="245" />
            <source>Criteria set %1 is now named by IPA's id %2 (Hoshi data revision %3); nothing else changed</source>
            <translation>Criteria set %1 is now named by IPA's id %2 (Hoshi data revision %3); nothing else changed</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="279" />
            <source>Data revision %1 of %2 removes the item %3, which holds an answer; carry the declaration over to a new declaration instead.</source>
            <translation>Data revision %1 of %2 removes the item %3, which holds an answer; carry the declaration over to a new declaration instead.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="285" />
            <source>Data revision %1 of %2 moves the item %3, which holds an answer, between product and vendor scope; carry the declaration over to a new declaration instead.</source>
            <translation>Data revision %1 of %2 moves the item %3, which holds an answer, between product and vendor scope; carry the declaration over to a new declaration instead.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="308" />
            <source>Declaration %1 already uses data revision %2 of %3.</source>
            <translation>Declaration %1 already uses data revision %2 of %3.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="319" />
            <source>There is no data revision %1 of %2 (known: %3).</source>
            <translation>There is no data revision %1 of %2 (known: %3).</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="335" />
            <source>Cannot change the data revision: %1</source>
            <translation>Cannot change the data revision: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="344" />
            <source>Criteria data of %1 updated from Hoshi data revision %2 to %3; answers kept (%4 point answer(s) moved, %5 without a matching point)</source>
            <translation>Criteria data of %1 updated from Hoshi data revision %2 to %3; answers kept (%4 point answer(s) moved, %5 without a matching point)</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="366" />
            <source>Cannot read the vendor-scope answers: %1</source>
            <translation>Cannot read the vendor-scope answers: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="384" />
            <source>Cannot move the answer of %1: %2</source>
            <translation>Cannot move the answer of %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_criteriadata.cpp" line="394" />
            <location filename="../core/storage/workspace_criteriadata.cpp" line="406" />
            <source>Cannot copy the answer of %1: %2</source>
            <translation>Cannot copy the answer of %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="46" />
            <location filename="../core/storage/workspace_forms.cpp" line="91" />
            <source>An official form needs its file name, its content and its profile.</source>
            <translation>An official form needs its file name, its content and its profile.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="67" />
            <location filename="../core/storage/workspace_forms.cpp" line="72" />
            <source>Cannot attach the form %1: %2</source>
            <translation>Cannot attach the form %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="76" />
            <source>Official form replaced: %1 (SHA-256 %2) instead of %3</source>
            <translation>Official form replaced: %1 (SHA-256 %2) instead of %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="77" />
            <source>Official form attached: %1 (SHA-256 %2)</source>
            <translation>Official form attached: %1 (SHA-256 %2)</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="87" />
            <location filename="../core/storage/workspace_forms.cpp" line="145" />
            <source>Declaration %1 has no official form attached.</source>
            <translation>Declaration %1 has no official form attached.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="99" />
            <source>Cannot save the form mapping: %1</source>
            <translation>Cannot save the form mapping: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="103" />
            <source>Mapping of the official form %1 changed</source>
            <translation>Mapping of the official form %1 changed</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="112" />
            <source>Cannot read the official form: %1</source>
            <translation>Cannot read the official form: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="132" />
            <source>The stored official form %1 no longer matches its SHA-256.</source>
            <translation>The stored official form %1 no longer matches its SHA-256.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="155" />
            <source>Cannot remove the official form: %1</source>
            <translation>Cannot remove the official form: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_forms.cpp" line="159" />
            <source>Official form removed: %1</source>
            <translation>Official form removed: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_shelflife.cpp" line="44" />
            <source>A review period is 0 (none) to %1 months, not %2.</source>
            <translation>A review period is 0 (none) to %1 months, not %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_shelflife.cpp" line="55" />
            <source>Setting: no default review period for %1</source>
            <translation>Setting: no default review period for %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspace_shelflife.cpp" line="56" />
            <source>Setting: default review period for %1: %n month(s)</source>
            <translation>
                <numerusform>Setting: default review period for %1: %n month</numerusform>
                <numerusform>Setting: default review period for %1: %n months</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_cra.cpp" line="58" />
            <source>Cannot read the CRA record: %1</source>
            <translation>Cannot read the CRA record: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_cra.cpp" line="91" />
            <location filename="../core/storage/workspace_cra.cpp" line="97" />
            <location filename="../core/storage/workspace_cra.cpp" line="126" />
            <source>Cannot save the CRA record: %1</source>
            <translation>Cannot save the CRA record: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_cra.cpp" line="107" />
            <source>The CRA record was changed by someone else since you read it (version %1, now %2). Nothing was saved; read it again.</source>
            <translation>The CRA record was changed by someone else since you read it (version %1, now %2). Nothing was saved; read it again.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspace_cra.cpp" line="130" />
            <source>CRA: %1</source>
            <translation>CRA: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::WorkspaceLocation</name>
        <message>
            <location filename="../core/storage/location.cpp" line="31" />
            <source>the port "%1" is not a number from 1 to 65535</source>
            <translation>the port "%1" is not a number from 1 to 65535</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="47" />
            <source>several hosts in one address are not supported</source>
            <translation>several hosts in one address are not supported</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="55" />
            <source>the IPv6 address is missing its closing bracket</source>
            <translation>the IPv6 address is missing its closing bracket</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="117" />
            <source>it is not of the form postgresql://user@host:port/database</source>
            <translation>it is not of the form postgresql://user@host:port/database</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="133" />
            <source>the parameter "%1" is not of the form name=value</source>
            <translation>the parameter "%1" is not of the form name=value</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="144" />
            <source>it names no database (postgresql://host/DATABASE)</source>
            <translation>it names no database (postgresql://host/DATABASE)</translation>
        </message>
        <message>
            <location filename="../core/storage/location.cpp" line="151" />
            <source>The server address %1 is not valid: %2.</source>
            <translation>The server address %1 is not valid: %2.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::WorkspaceReader</name>
        <message>
            <location filename="../forms/session/workspacereader.cpp" line="90" />
            <location filename="../forms/session/workspacereader.cpp" line="95" />
            <source>The workspace could not be opened for reading.</source>
            <translation>The workspace could not be opened for reading.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ZipPath</name>
        <message>
            <location filename="../core/archive/zippath.cpp" line="26" />
            <source>An entry has an empty name.</source>
            <translation>An entry has an empty name.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="28" />
            <source>The entry name "%1" is longer than %2 bytes.</source>
            <translation>The entry name "%1" is longer than %2 bytes.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="31" />
            <source>The entry name "%1" contains a control character.</source>
            <translation>The entry name "%1" contains a control character.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="33" />
            <source>The entry name "%1" is not valid UTF-8.</source>
            <translation>The entry name "%1" is not valid UTF-8.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="36" />
            <source>The entry "%1" has an absolute path.</source>
            <translation>The entry "%1" has an absolute path.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="47" />
            <source>The entry "%1" leaves its folder ("..").</source>
            <translation>The entry "%1" leaves its folder ("..").</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="49" />
            <source>The entry "%1" has an absolute path (drive letter).</source>
            <translation>The entry "%1" has an absolute path (drive letter).</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="51" />
            <source>The entry name "%1" has an empty or "." component.</source>
            <translation>The entry name "%1" has an empty or "." component.</translation>
        </message>
        <message>
            <location filename="../core/archive/zippath.cpp" line="54" />
            <source>The entry name "%1" contains a backslash.</source>
            <translation>The entry name "%1" contains a backslash.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::ZipWriter</name>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="64" />
            <source>unknown error</source>
            <translation>unknown error</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="78" />
            <source>The archive can not be written: the output is not open for writing.</source>
            <translation>The archive can not be written: the output is not open for writing.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="82" />
            <source>Out of memory.</source>
            <translation>Out of memory.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="93" />
            <source>The archive can not be started: %1</source>
            <translation>The archive can not be started: %1</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="101" />
            <source>The archive writer is not ready for a new entry (%1).</source>
            <translation>The archive writer is not ready for a new entry (%1).</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="105" />
            <source>The size of %1 is unknown.</source>
            <translation>The size of %1 is unknown.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="111" />
            <source>Can not select compression for %1: %2</source>
            <translation>Can not select compression for %1: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="122" />
            <source>Can not add %1 to the archive: %2</source>
            <translation>Can not add %1 to the archive: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="133" />
            <location filename="../core/archive/zipwriter.cpp" line="151" />
            <source>The archive writer has no open entry.</source>
            <translation>The archive writer has no open entry.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="135" />
            <source>%1 is larger than announced (%2 bytes).</source>
            <translation>%1 is larger than announced (%2 bytes).</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="140" />
            <source>Can not write %1 into the archive: %2</source>
            <translation>Can not write %1 into the archive: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="153" />
            <source>%1 ended after %2 of %3 bytes.</source>
            <translation>%1 ended after %2 of %3 bytes.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="156" />
            <source>Can not finish %1 in the archive: %2</source>
            <translation>Can not finish %1 in the archive: %2</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="172" />
            <source>The archive can not be completed: an entry is still open or writing failed.</source>
            <translation>The archive can not be completed: an entry is still open or writing failed.</translation>
        </message>
        <message>
            <location filename="../core/archive/zipwriter.cpp" line="175" />
            <source>Can not complete the archive: %1</source>
            <translation>Can not complete the archive: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::cli::Cli</name>
        <message>
            <location filename="../app/cli/clifields.h" line="51" />
            <source>Organisation name as registered.</source>
            <translation>Organisation name as registered.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="52" />
            <source>Organisation name in English.</source>
            <translation>Organisation name in English.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="53" />
            <source>Corporate number (13 digits).</source>
            <translation>Corporate number (13 digits).</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="54" />
            <source>Address.</source>
            <translation>Address.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="55" />
            <source>Contact person.</source>
            <translation>Contact person.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="56" />
            <source>Contact e-mail address.</source>
            <translation>Contact e-mail address.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="57" />
            <source>Website URL.</source>
            <translation>Website URL.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="61" />
            <source>Product name.</source>
            <translation>Product name.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="62" />
            <source>Product category (製品類型).</source>
            <translation>Product category (製品類型).</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="63" />
            <source>Name of the supported firmware.</source>
            <translation>Name of the supported firmware.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="64" />
            <source>Conforming firmware version.</source>
            <translation>Conforming firmware version.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="65" />
            <source>SHA-256 of the current firmware image file.</source>
            <translation>SHA-256 of the current firmware image file.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="67" />
            <source>Notice about versions.</source>
            <translation>Notice about versions.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="68" />
            <source>Product summary.</source>
            <translation>Product summary.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="69" />
            <source>Product web page URL.</source>
            <translation>Product web page URL.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="70" />
            <source>Reference to the configuration diagram.</source>
            <translation>Reference to the configuration diagram.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="72" />
            <source>Product inquiry contact.</source>
            <translation>Product inquiry contact.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="73" />
            <source>Vulnerability/defect reporting contact.</source>
            <translation>Vulnerability/defect reporting contact.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="75" />
            <source>Vulnerability disclosure policy URL.</source>
            <translation>Vulnerability disclosure policy URL.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="76" />
            <source>Technical conformity certification number (技適).</source>
            <translation>Technical conformity certification number (技適).</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="78" />
            <source>Other certification numbers.</source>
            <translation>Other certification numbers.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="79" />
            <source>Other security information.</source>
            <translation>Other security information.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="83" />
            <source>Document title.</source>
            <translation>Document title.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="84" />
            <source>Document number and/or version.</source>
            <translation>Document number and/or version.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="85" />
            <source>Page(s).</source>
            <translation>Page(s).</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="86" />
            <source>Chapter/section.</source>
            <translation>Chapter/section.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="87" />
            <source>URL.</source>
            <translation>URL.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="88" />
            <source>Excerpt stating the basis.</source>
            <translation>Excerpt stating the basis.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="89" />
            <source>Test procedure.</source>
            <translation>Test procedure.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="90" />
            <source>Test result summary.</source>
            <translation>Test result summary.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="91" />
            <source>Who ran the test.</source>
            <translation>Who ran the test.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="92" />
            <source>Firmware version tested.</source>
            <translation>Firmware version tested.</translation>
        </message>
        <message>
            <location filename="../app/cli/clifields.h" line="93" />
            <source>Test environment.</source>
            <translation>Test environment.</translation>
        </message>
        <message>
            <location filename="../app/cli/clilanguage.cpp" line="65" />
            <source>error: --lang needs a value: ja or en</source>
            <translation>error: --lang needs a value: ja or en</translation>
        </message>
        <message>
            <location filename="../app/cli/clilanguage.cpp" line="78" />
            <source>error: --lang is ja or en, not "%1"</source>
            <translation>error: --lang is ja or en, not "%1"</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="51" />
            <source>hoshi-cli: unknown subcommand "%1"</source>
            <translation>hoshi-cli: unknown subcommand "%1"</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="104" />
            <source>error: the workspace file (WS) is missing</source>
            <translation>error: the workspace file (WS) is missing</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="144" />
            <source>Password for %1: </source>
            <translation>Password for %1: </translation>
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
            <translation>error: %1</translation>
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
            <translation>Workspace: a .hoshi file or a postgresql:// server address.</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="179" />
            <location filename="../app/cli/cmd_label.cpp" line="299" />
            <location filename="../app/cli/cmd_server.cpp" line="80" />
            <source>error: --%1 is required</source>
            <translation>error: --%1 is required</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="185" />
            <source>error: --%1 takes a positive number, not "%2"</source>
            <translation>error: --%1 takes a positive number, not "%2"</translation>
        </message>
        <message>
            <location filename="../app/cli/cliutil.cpp" line="207" />
            <location filename="../app/cli/cmd_label.cpp" line="62" />
            <source>error: --%1 takes a date as YYYY-MM-DD, not "%2"</source>
            <translation>error: --%1 takes a date as YYYY-MM-DD, not "%2"</translation>
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
            <translation>Print JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="45" />
            <location filename="../app/cli/cmd_server.cpp" line="72" />
            <source>Organisation id.</source>
            <translation>Organisation id.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="58" />
            <source>there is no organisation %1</source>
            <translation>there is no organisation %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="80" />
            <source>Only the products of this organisation.</source>
            <translation>Only the products of this organisation.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="102" />
            <location filename="../app/cli/cmd_workspace.cpp" line="106" />
            <source>Product id.</source>
            <translation>Product id.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="106" />
            <source>Model number (repeatable; replaces the stored list).</source>
            <translation>Model number (repeatable; replaces the stored list).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="107" />
            <location filename="../app/cli/cmd_workspace.cpp" line="81" />
            <source>Support period end date.</source>
            <translation>Support period end date.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="119" />
            <source>there is no product %1</source>
            <translation>there is no product %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="148" />
            <source>Only the declarations of this product.</source>
            <translation>Only the declarations of this product.</translation>
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
            <translation>Declaration id.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="74" />
            <source>conflict: %1</source>
            <translation>conflict: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="99" />
            <location filename="../app/cli/cmd_catalog.cpp" line="198" />
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="88" />
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="193" />
            <location filename="../app/cli/cmd_evidence.cpp" line="53" />
            <location filename="../app/cli/cmd_evidence.cpp" line="265" />
            <source>there is no declaration %1</source>
            <translation>there is no declaration %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="229" />
            <source>usage: hoshi-cli organisation add|list|show|set|remove WS ... (see --help of each)</source>
            <translation>usage: hoshi-cli organisation add|list|show|set|remove WS ... (see --help of each)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="238" />
            <source>usage: hoshi-cli product add|list|show|set|remove WS ... (see --help of each)</source>
            <translation>usage: hoshi-cli product add|list|show|set|remove WS ... (see --help of each)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_catalog.cpp" line="248" />
            <source>usage: hoshi-cli declaration new|set|carry-over|list|show|remove WS ... (see --help of each)</source>
            <translation>usage: hoshi-cli declaration new|set|carry-over|list|show|remove WS ... (see --help of each)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changereport.cpp" line="18" />
            <source>Folder for the draft (created when missing).</source>
            <translation>Folder for the draft (created when missing).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changereport.cpp" line="34" />
            <source>error: declaration %1 has no label baseline yet; record the label first (hoshi-cli label set).</source>
            <translation>error: declaration %1 has no label baseline yet; record the label first (hoshi-cli label set).</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_changereport.cpp" line="53" />
            <source>%n change(s) since the label; this is a draft: Hoshi does not fill in IPA's official form.</source>
            <translation>
                <numerusform>%n change since the label; this is a draft: Hoshi does not fill in IPA's official form.</numerusform>
                <numerusform>%n changes since the label; this is a draft: Hoshi does not fill in IPA's official form.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="29" />
            <source>error: declaration %1 has no %2 baseline yet</source>
            <translation>error: declaration %1 has no %2 baseline yet</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="57" />
            <source>Changes since the %1 baseline of %2 (by %3):</source>
            <translation>Changes since the %1 baseline of %2 (by %3):</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="60" />
            <location filename="../app/cli/cmd_changes.cpp" line="100" />
            <source>  none</source>
            <translation>  none</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_changes.cpp" line="64" />
            <source>Re-test plan: %n device test(s) to run again on firmware %1:</source>
            <translation>
                <numerusform>Re-test plan: %n device test to run again on firmware %1:</numerusform>
                <numerusform>Re-test plan: %n device tests to run again on firmware %1:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="98" />
            <source>Changes recorded since %1:</source>
            <translation>Changes recorded since %1:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="114" />
            <source>approval, export, label or a date (YYYY-MM-DD).</source>
            <translation>approval, export, label or a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="116" />
            <source>Print the changes as JSON.</source>
            <translation>Print the changes as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="124" />
            <location filename="../app/cli/cmd_review.cpp" line="80" />
            <source>error: there is no declaration with the id %1</source>
            <translation>error: there is no declaration with the id %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_changes.cpp" line="133" />
            <source>error: --since takes approval, export, label or a date YYYY-MM-DD, not "%1"</source>
            <translation>error: --since takes approval, export, label or a date YYYY-MM-DD, not "%1"</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="100" />
            <location filename="../app/cli/cmd_export.cpp" line="145" />
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="111" />
            <source>Also load criteria files from FOLDER (default: the user folder).</source>
            <translation>Also load criteria files from FOLDER (default: the user folder).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="107" />
            <source>Criteria set id.</source>
            <translation>Criteria set id.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="183" />
            <source>error: criteria show takes one criteria set id</source>
            <translation>error: criteria show takes one criteria set id</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="204" />
            <source>error: unknown criteria set %1 (see: hoshi-cli criteria list)</source>
            <translation>error: unknown criteria set %1 (see: hoshi-cli criteria list)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="213" />
            <source>level ★%1, %2, %3, published %4</source>
            <translation>level ★%1, %2, %3, published %4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="157" />
            <source> vendor</source>
            <translation> vendor</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="134" />
            <source>%1	data revision %7	★%2	%3	%4 items	%5%6</source>
            <translation>%1	data revision %7	★%2	%3	%4 items	%5%6</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="160" />
            <source>    N/A when: %1</source>
            <translation>    N/A when: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="161" />
            <source>    N/A: never</source>
            <translation>    N/A: never</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="164" />
            <source>    evaluation points, one or more of:</source>
            <translation>    evaluation points, one or more of:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="165" />
            <source>    evaluation points, all of:</source>
            <translation>    evaluation points, all of:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="175" />
            <source>With --declaration: the workspace holding it.</source>
            <translation>With --declaration: the workspace holding it.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="176" />
            <source>Show the set as this declaration uses it: its data revision and its official evaluation points, if set.</source>
            <translation>Show the set as this declaration uses it: its data revision and its official evaluation points, if set.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="179" />
            <source>Criteria set id, optionally with @DATA-REVISION.</source>
            <translation>Criteria set id, optionally with @DATA-REVISION.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="187" />
            <source>--workspace and --declaration go together</source>
            <translation>--workspace and --declaration go together</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="196" />
            <source>declaration %1 uses %2, not %3</source>
            <translation>declaration %1 uses %2, not %3</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="222" />
            <source>Criteria files to validate.</source>
            <translation>Criteria files to validate.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="226" />
            <source>error: name at least one criteria file</source>
            <translation>error: name at least one criteria file</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="233" />
            <source>%1: ok (%2, %3 items)</source>
            <translation>%1: ok (%2, %3 items)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteria.cpp" line="262" />
            <source>usage: hoshi-cli criteria list|show|check|diff|migrate|update|overlay ...</source>
            <translation>usage: hoshi-cli criteria list|show|check|diff|migrate|update|overlay ...</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="39" />
            <source>error: %1 is neither a criteria file nor a known criteria set id (see: hoshi-cli criteria list)</source>
            <translation>error: %1 is neither a criteria file nor a known criteria set id (see: hoshi-cli criteria list)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="46" />
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="47" />
            <location filename="../app/cli/cmd_sync.cpp" line="31" />
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="48" />
            <source>reworded</source>
            <translation>reworded</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="49" />
            <location filename="../app/cli/cmd_sync.cpp" line="29" />
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="67" />
            <source>Older criteria set: a file or a set id.</source>
            <translation>Older criteria set: a file or a set id.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="68" />
            <source>Newer criteria set: a file or a set id.</source>
            <translation>Newer criteria set: a file or a set id.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="72" />
            <source>error: criteria diff takes two criteria sets, OLD and NEW</source>
            <translation>error: criteria diff takes two criteria sets, OLD and NEW</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="93" />
            <source>%1 → %2: %3 added, %4 removed, %5 changed, %6 reworded</source>
            <translation>%1 → %2: %3 added, %4 removed, %5 changed, %6 reworded</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="106" />
            <source>Write the format-2 file to FILE (default: replace FILE in place).</source>
            <translation>Write the format-2 file to FILE (default: replace FILE in place).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="108" />
            <source>A format-1 criteria file.</source>
            <translation>A format-1 criteria file.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="112" />
            <source>error: criteria migrate takes one criteria file</source>
            <translation>error: criteria migrate takes one criteria file</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="125" />
            <source>error: %1: %2</source>
            <translation>error: %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriadiff.cpp" line="133" />
            <source>%1: format 2 written to %2</source>
            <translation>%1: format 2 written to %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="47" />
            <source>Only the evidence backing this item.</source>
            <translation>Only the evidence backing this item.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="77" />
            <location filename="../app/cli/cmd_evidence.cpp" line="192" />
            <source>Evidence id.</source>
            <translation>Evidence id.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="81" />
            <location filename="../app/cli/cmd_workspace.cpp" line="184" />
            <source>document or device-test.</source>
            <translation>document or device-test.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="82" />
            <location filename="../app/cli/cmd_workspace.cpp" line="185" />
            <source>Test date.</source>
            <translation>Test date.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="94" />
            <location filename="../app/cli/cmd_evidence.cpp" line="210" />
            <source>there is no evidence %1</source>
            <translation>there is no evidence %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="102" />
            <source>--kind is document or device-test</source>
            <translation>--kind is document or device-test</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="132" />
            <source>Print the new evidence ids as JSON.</source>
            <translation>Print the new evidence ids as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="135" />
            <source>JSON array of evidence records ("-" reads standard input); see docs/cli.md.</source>
            <translation>JSON array of evidence records ("-" reads standard input); see docs/cli.md.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="144" />
            <source>name the JSON file to import</source>
            <translation>name the JSON file to import</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="180" />
            <source>usage: hoshi-cli evidence add|import|list|show|set|remove|capture|rerun|note WS ... (see --help of each)</source>
            <translation>usage: hoshi-cli evidence add|import|list|show|set|remove|capture|rerun|note WS ... (see --help of each)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="41" />
            <source>moved	%1	%2 → %3</source>
            <translation>moved	%1	%2 → %3</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="45" />
            <source>chosen</source>
            <translation>chosen</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="47" />
            <source>evidence %1</source>
            <translation>evidence %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="48" />
            <source>no match	%1	%2 (%3): %4 — choose or link again</source>
            <translation>no match	%1	%2 (%3): %4 — choose or link again</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="74" />
            <source>The declaration to update.</source>
            <translation>The declaration to update.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="75" />
            <source>Data revision to apply (default: the newest known).</source>
            <translation>Data revision to apply (default: the newest known).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="77" />
            <source>Only print what would change.</source>
            <translation>Only print what would change.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="93" />
            <source>--to takes a data revision number</source>
            <translation>--to takes a data revision number</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="95" />
            <source>Declaration %1 already uses the newest data of %2.</source>
            <translation>Declaration %1 already uses the newest data of %2.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="101" />
            <source>there is no data revision %1 of %2</source>
            <translation>there is no data revision %1 of %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="121" />
            <source>%1 → data revision %2: %n item(s) with changed texts; nothing applied (--dry-run).</source>
            <translation>
                <numerusform>%1 → data revision %2: %n item with changed texts; nothing applied (--dry-run).</numerusform>
                <numerusform>%1 → data revision %2: %n items with changed texts; nothing applied (--dry-run).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="124" />
            <source>Declaration %1 now uses %2; every verdict, justification, note, evidence link and point choice was kept.</source>
            <translation>Declaration %1 now uses %2; every verdict, justification, note, evidence link and point choice was kept.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="133" />
            <source>The declaration.</source>
            <translation>The declaration.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="134" />
            <source>Lay the official evaluation points in FILE (JSON) over the declaration's criteria set.</source>
            <translation>Lay the official evaluation points in FILE (JSON) over the declaration's criteria set.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="137" />
            <source>Remove the official evaluation points again.</source>
            <translation>Remove the official evaluation points again.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="144" />
            <source>criteria overlay takes either --set FILE or --clear</source>
            <translation>criteria overlay takes either --set FILE or --clear</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="150" />
            <location filename="../app/cli/cmd_evidence.cpp" line="148" />
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="154" />
            <source>%1 is not a JSON object: %2</source>
            <translation>%1 is not a JSON object: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="169" />
            <source>Official evaluation points set for declaration %1: %2 answer(s) moved, %3 without a matching point.</source>
            <translation>Official evaluation points set for declaration %1: %2 answer(s) moved, %3 without a matching point.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="171" />
            <source>Official evaluation points removed from declaration %1: %2 answer(s) moved, %3 without a matching point.</source>
            <translation>Official evaluation points removed from declaration %1: %2 answer(s) moved, %3 without a matching point.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="183" />
            <source>--declaration takes a number</source>
            <translation>--declaration takes a number</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_criteriaidentity.cpp" line="188" />
            <source>cannot open %1</source>
            <translation>cannot open %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="187" />
            <source>usage: hoshi-cli file list WS --evidence ID [--json]
       hoshi-cli file remove WS --file ID
       hoshi-cli file extract WS --file ID --out PATH ("-": standard output)</source>
            <translation>usage: hoshi-cli file list WS --evidence ID [--json]
       hoshi-cli file remove WS --file ID
       hoshi-cli file extract WS --file ID --out PATH ("-": standard output)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="195" />
            <source>File id (see: hoshi-cli file list).</source>
            <translation>File id (see: hoshi-cli file list).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="198" />
            <source>Where to write the content (refuses to overwrite; "-": standard output).</source>
            <translation>Where to write the content (refuses to overwrite; "-": standard output).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="223" />
            <source>there is no evidence file %1</source>
            <translation>there is no evidence file %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="228" />
            <source>--out is required</source>
            <translation>--out is required</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="236" />
            <source>%1 exists already; nothing was written</source>
            <translation>%1 exists already; nothing was written</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="252" />
            <source>Only this declaration (and its organisation's vendor-wide answers).</source>
            <translation>Only this declaration (and its organisation's vendor-wide answers).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="254" />
            <source>Only this item (with --declaration).</source>
            <translation>Only this item (with --declaration).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_evidence.cpp" line="270" />
            <source>--item needs --declaration</source>
            <translation>--item needs --declaration</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="27" />
            <source>signature: none (the archive is not signed)</source>
            <translation>signature: none (the archive is not signed)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="29" />
            <source>signature: INVALID: %1</source>
            <translation>signature: INVALID: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="33" />
            <source>self-signed certificate</source>
            <translation>self-signed certificate</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="34" />
            <source>certificate issued by %1, trusted by this system</source>
            <translation>certificate issued by %1, trusted by this system</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="35" />
            <source>certificate issued by %1, chain not checked</source>
            <translation>certificate issued by %1, chain not checked</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="36" />
            <source>signature: valid, signed by %1 (%2, %3)%4
  certificate SHA-256 fingerprint: %5
  compare this fingerprint with the one the manufacturer gave you%6</source>
            <translation>signature: valid, signed by %1 (%2, %3)%4
  certificate SHA-256 fingerprint: %5
  compare this fingerprint with the one the manufacturer gave you%6</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="40" />
            <source> on %1</source>
            <translation> on %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="41" />
            <source>
  note: %1</source>
            <translation>
  note: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="51" />
            <source>Existing folder to write into.</source>
            <translation>Existing folder to write into.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="52" />
            <source>PEM private key to sign the evidence archive with (an encrypted key reads its passphrase from HOSHI_KEY_PASSPHRASE).</source>
            <translation>PEM private key to sign the evidence archive with (an encrypted key reads its passphrase from HOSHI_KEY_PASSPHRASE).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="56" />
            <source>PEM certificate of the signing key.</source>
            <translation>PEM certificate of the signing key.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="57" />
            <source>Do not write the application package.</source>
            <translation>Do not write the application package.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="58" />
            <source>Do not write the evidence archive.</source>
            <translation>Do not write the evidence archive.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="60" />
            <source>Evidence request: an archive holding only these items' evidence, e.g. S1.1-04,S1.1-13 (no application package).</source>
            <translation>Evidence request: an archive holding only these items' evidence, e.g. S1.1-04,S1.1-13 (no application package).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="63" />
            <source>Checklist language in the application package: ja (default; Japanese with English) or en (English only, UK PSTI route).</source>
            <translation>Checklist language in the application package: ja (default; Japanese with English) or en (English only, UK PSTI route).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="67" />
            <source>Fill this copy of IPA's checklist workbook instead of the declaration's attached form.</source>
            <translation>Fill this copy of IPA's checklist workbook instead of the declaration's attached form.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="69" />
            <source>The form profile for --form (default: detected).</source>
            <translation>The form profile for --form (default: detected).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="74" />
            <source>error: --profile goes with --form</source>
            <translation>error: --profile goes with --form</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="79" />
            <source>error: --language is ja or en, not "%1"</source>
            <translation>error: --language is ja or en, not "%1"</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="83" />
            <location filename="../app/cli/cmd_export.cpp" line="229" />
            <location filename="../app/cli/cmd_formattach.cpp" line="172" />
            <source>error: --out is required</source>
            <translation>error: --out is required</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="87" />
            <source>error: --sign and --cert go together</source>
            <translation>error: --sign and --cert go together</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="91" />
            <source>error: --no-package and --no-archive leave nothing to export</source>
            <translation>error: --no-package and --no-archive leave nothing to export</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="121" />
            <source>exporting evidence: %1%</source>
            <translation>exporting evidence: %1%</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="136" />
            <source>export refused: %1 Nothing was written.</source>
            <translation>export refused: %1 Nothing was written.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="141" />
            <source>Nothing was written.</source>
            <translation>Nothing was written.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="152" />
            <source>warning: the export was not recorded in the workspace: %1</source>
            <translation>warning: the export was not recorded in the workspace: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="154" />
            <source>official form filled: %1 (in the application package)</source>
            <translation>official form filled: %1 (in the application package)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="165" />
            <source>Evidence archive (.zip).</source>
            <translation>Evidence archive (.zip).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="166" />
            <source>Print the full report as JSON.</source>
            <translation>Print the full report as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="170" />
            <source>error: give exactly one archive</source>
            <translation>error: give exactly one archive</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="175" />
            <source>error: %1 is not a file</source>
            <translation>error: %1 is not a file</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="187" />
            <source>UNREADABLE: %1</source>
            <translation>UNREADABLE: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="190" />
            <source>archive: %1</source>
            <translation>archive: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="191" />
            <source>bag: %1 (%2, export %3 of %4)</source>
            <translation>bag: %1 (%2, export %3 of %4)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="192" />
            <source>(root)</source>
            <translation>(root)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="194" />
            <source>declaration: %1 / %2 / %3</source>
            <translation>declaration: %1 / %2 / %3</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="199" />
            <source>subset: items %1 of export %2</source>
            <translation>subset: items %1 of export %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="201" />
            <source>payload: %1 files, %2 bytes</source>
            <translation>payload: %1 files, %2 bytes</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="205" />
            <source>INTACT: every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match, nothing is missing or added.</source>
            <translation>INTACT: every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match, nothing is missing or added.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="209" />
            <source>NOT INTACT: %1 problem(s)</source>
            <translation>NOT INTACT: %1 problem(s)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="220" />
            <source>Folder for hoshi-signing-key.pem and hoshi-signing-cert.pem.</source>
            <translation>Folder for hoshi-signing-key.pem and hoshi-signing-cert.pem.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="222" />
            <source>Name in the certificate (default: the user name).</source>
            <translation>Name in the certificate (default: the user name).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="224" />
            <source>Validity in days (default %1).</source>
            <translation>Validity in days (default %1).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="237" />
            <source>error: --days takes a number of days from 1 to 36500</source>
            <translation>error: --days takes a number of days from 1 to 36500</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="252" />
            <source>subject: %1
certificate SHA-256 fingerprint: %2
Keep the key private. Give the fingerprint to whoever will check your archives.</source>
            <translation>subject: %1
certificate SHA-256 fingerprint: %2
Keep the key private. Give the fingerprint to whoever will check your archives.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_findings.cpp" line="41" />
            <source>Imported %n finding(s) by %1 as comments on declaration %2: %3 accepted, %4 questions, %5 more evidence needed.</source>
            <translation>
                <numerusform>Imported %n finding by %1 as comments on declaration %2: %3 accepted, %4 questions, %5 more evidence needed.</numerusform>
                <numerusform>Imported %n findings by %1 as comments on declaration %2: %3 accepted, %4 questions, %5 more evidence needed.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="50" />
            <source>The general remarks became a comment on the declaration.</source>
            <translation>The general remarks became a comment on the declaration.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="52" />
            <source>Signed by %1, certificate fingerprint (SHA-256) %2: compare it with the one the reviewer gave you.</source>
            <translation>Signed by %1, certificate fingerprint (SHA-256) %2: compare it with the one the reviewer gave you.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="55" />
            <source>The findings are not signed.</source>
            <translation>The findings are not signed.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="57" />
            <source>Matched by the declaration's identity: the archive was exported before exports were recorded.</source>
            <translation>Matched by the declaration's identity: the archive was exported before exports were recorded.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_findings.cpp" line="73" />
            <source>review import needs a workspace and a findings file.</source>
            <translation>review import needs a workspace and a findings file.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="44" />
            <location filename="../app/cli/cmd_label.cpp" line="49" />
            <location filename="../app/cli/cmd_markets.cpp" line="71" />
            <source>(not recorded)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="87" />
            <source>error: --status is one of %1, not "%2"</source>
            <translation>error: --status is one of %1, not "%2"</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="108" />
            <source>Text; an empty value clears it.</source>
            <translation>Text; an empty value clears it.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="110" />
            <source>Date; an empty value clears it.</source>
            <translation>Date; an empty value clears it.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="111" />
            <source>active, extension-in-progress, withdrawn, revoked or none.</source>
            <translation>active, extension-in-progress, withdrawn, revoked or none.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="121" />
            <location filename="../app/cli/cmd_label.cpp" line="229" />
            <location filename="../app/cli/cmd_workspace.cpp" line="160" />
            <source>error: there is no declaration %1</source>
            <translation>error: there is no declaration %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="133" />
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="160" />
            <source>declaration %1: %2 (%3)</source>
            <translation>declaration %1: %2 (%3)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="161" />
            <source>application number: %1</source>
            <translation>application number: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="162" />
            <source>submitted on: %1</source>
            <translation>submitted on: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="163" />
            <source>registration number: %1</source>
            <translation>registration number: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="164" />
            <source>issued on: %1</source>
            <translation>issued on: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="165" />
            <source>valid until: %1</source>
            <translation>valid until: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="166" />
            <source>last extension: %1</source>
            <translation>last extension: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="167" />
            <source>successor: %1</source>
            <translation>successor: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="168" />
            <source>product page: %1</source>
            <translation>product page: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_label.cpp" line="172" />
            <source> (%n day(s) left)</source>
            <translation>
                <numerusform> (%n day left)</numerusform>
                <numerusform> (%n days left)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="173" />
            <source>status: %1</source>
            <translation>status: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="176" />
            <source>re-test plan (firmware %1):</source>
            <translation>re-test plan (firmware %1):</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="182" />
            <source>history:</source>
            <translation>history:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="191" />
            <source>Print the record as JSON.</source>
            <translation>Print the record as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="192" />
            <source>Judge the status as of this date (default: today).</source>
            <translation>Judge the status as of this date (default: today).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="213" />
            <source>The product's new firmware version.</source>
            <translation>The product's new firmware version.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="215" />
            <source>Print the re-test plan as JSON.</source>
            <translation>Print the re-test plan as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="250" />
            <source>firmware: %1 → %2</source>
            <translation>firmware: %1 → %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="251" />
            <source>re-test plan: no device test needs to run again</source>
            <translation>re-test plan: no device test needs to run again</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_label.cpp" line="252" />
            <source>re-test plan: %n device test(s) to run again on %1</source>
            <translation>
                <numerusform>re-test plan: %n device test to run again on %1</numerusform>
                <numerusform>re-test plan: %n device tests to run again on %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="262" />
            <source>PDF file to write.</source>
            <translation>PDF file to write.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_label.cpp" line="314" />
            <source>usage: hoshi-cli label set WS --declaration ID [--application-number N] [--submitted-on D]
              [--registration-number R] [--issued-on D] [--valid-until D] [--extended-on D]
              [--successor S] [--product-page-url URL] [--status S]
       hoshi-cli label show WS --declaration ID [--json] [--today D]
       hoshi-cli label firmware WS --declaration ID --version V [--json]
       hoshi-cli label page WS --declaration ID --out FILE.pdf</source>
            <translation>usage: hoshi-cli label set WS --declaration ID [--application-number N] [--submitted-on D]
              [--registration-number R] [--issued-on D] [--valid-until D] [--extended-on D]
              [--successor S] [--product-page-url URL] [--status S]
       hoshi-cli label show WS --declaration ID [--json] [--today D]
       hoshi-cli label firmware WS --declaration ID --version V [--json]
       hoshi-cli label page WS --declaration ID --out FILE.pdf</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_portfolio.cpp" line="17" />
            <source>Also write the table as CSV (UTF-8 with BOM).</source>
            <translation>Also write the table as CSV (UTF-8 with BOM).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_portfolio.cpp" line="18" />
            <source>Also write the table as an Excel workbook.</source>
            <translation>Also write the table as an Excel workbook.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_portfolio.cpp" line="47" />
            <source>Declaration</source>
            <translation>Declaration</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_psti.cpp" line="18" />
            <source>The PSTI statement of compliance (PDF or other file).</source>
            <translation>The PSTI statement of compliance (PDF or other file).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_psti.cpp" line="23" />
            <source>usage: hoshi-cli psti-statement WS --declaration ID FILE</source>
            <translation>usage: hoshi-cli psti-statement WS --declaration ID FILE</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_psti.cpp" line="39" />
            <source>Write the CSV to FILE instead of standard output.</source>
            <translation>Write the CSV to FILE instead of standard output.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="18" />
            <source>Also write the dates as an iCalendar file.</source>
            <translation>Also write the dates as an iCalendar file.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="66" />
            <source>Declaration %1: %2, level %3; label %4, valid until %5</source>
            <translation>Declaration %1: %2, level %3; label %4, valid until %5</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="74" />
            <source>legal basis: %1</source>
            <translation>legal basis: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="76" />
            <source>source (official): %1</source>
            <translation>source (official): %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="76" />
            <source>source (secondary): %1</source>
            <translation>source (secondary): %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_markets.cpp" line="84" />
            <source>Mapping %1 -&gt; %2 (%n pair(s))</source>
            <translation>
                <numerusform>Mapping %1 -&gt; %2 (%n pair)</numerusform>
                <numerusform>Mapping %1 -&gt; %2 (%n pairs)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="87" />
            <source>official: %1</source>
            <translation>official: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="88" />
            <source>ours (Hoshi's reading, not official)</source>
            <translation>ours (Hoshi's reading, not official)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="101" />
            <source>Print the statuses (and mappings) as JSON.</source>
            <translation>Print the statuses (and mappings) as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="102" />
            <source>Also show the mapping sets of the declaration's criteria, with the provenance of each entry.</source>
            <translation>Also show the mapping sets of the declaration's criteria, with the provenance of each entry.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="104" />
            <source>Write the UK compliance record (English) to FILE.pdf, and FILE.json beside it.</source>
            <translation>Write the UK compliance record (English) to FILE.pdf, and FILE.json beside it.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="106" />
            <location filename="../app/cli/cmd_reminders.cpp" line="19" />
            <source>Judge as of this date (default: today).</source>
            <translation>Judge as of this date (default: today).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="124" />
            <source>wrote %1 and %2</source>
            <translation>wrote %1 and %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_markets.cpp" line="130" />
            <source>warning: mapping file refused: %1</source>
            <translation>warning: mapping file refused: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="20" />
            <source>Days ahead to look (default %1).</source>
            <translation>Days ahead to look (default %1).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="22" />
            <source>Print the reminders as JSON.</source>
            <translation>Print the reminders as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_reminders.cpp" line="33" />
            <source>error: --within takes a number of days from 0 to 3650</source>
            <translation>error: --within takes a number of days from 0 to 3650</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_reminders.cpp" line="60" />
            <source>nothing due within %n day(s)</source>
            <translation>
                <numerusform>nothing due within %n day</numerusform>
                <numerusform>nothing due within %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="48" />
            <source>usage: hoshi-cli review comment WS --declaration ID [--item ITEM] --author NAME --text T
       hoshi-cli review resolve WS --comment ID --author NAME
       hoshi-cli review list WS --declaration ID [--json]
       hoshi-cli review request|approve WS --declaration ID --author NAME
       hoshi-cli review reject WS --declaration ID --author NAME --reason T</source>
            <translation>usage: hoshi-cli review comment WS --declaration ID [--item ITEM] --author NAME --text T
       hoshi-cli review resolve WS --comment ID --author NAME
       hoshi-cli review list WS --declaration ID [--json]
       hoshi-cli review request|approve WS --declaration ID --author NAME
       hoshi-cli review reject WS --declaration ID --author NAME --reason T</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="59" />
            <source>Criteria item the comment is about (comment).</source>
            <translation>Criteria item the comment is about (comment).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="60" />
            <source>Name of who comments, resolves, requests or decides.</source>
            <translation>Name of who comments, resolves, requests or decides.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="61" />
            <source>Comment text (comment).</source>
            <translation>Comment text (comment).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="62" />
            <source>Comment id (resolve).</source>
            <translation>Comment id (resolve).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="63" />
            <source>Why changes are needed (reject).</source>
            <translation>Why changes are needed (reject).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="64" />
            <source>Print JSON (list).</source>
            <translation>Print JSON (list).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="72" />
            <source>error: --author is required</source>
            <translation>error: --author is required</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="116" />
            <source>review state: %1</source>
            <translation>review state: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="118" />
            <source>approved by %1 at %2 (fingerprint %3)%4</source>
            <translation>approved by %1 at %2 (fingerprint %3)%4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="120" />
            <source>, stale: the declaration changed since</source>
            <translation>, stale: the declaration changed since</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="122" />
            <source>warning: the approval was given from the same account (%1) that asked for the review or changed the declaration</source>
            <translation>warning: the approval was given from the same account (%1) that asked for the review or changed the declaration</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="125" />
            <source>  %1	%2	%3 (%4)%5</source>
            <translation>  %1	%2	%3 (%4)%5</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="127" />
            <source>account not recorded</source>
            <translation>account not recorded</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="127" />
            <source>account %1</source>
            <translation>account %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="133" />
            <source>resolved by %1</source>
            <translation>resolved by %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="33" />
            <source>error: --set takes FIELD=VALUE with FIELD one of %1; got "%2"</source>
            <translation>error: --set takes FIELD=VALUE with FIELD one of %1; got "%2"</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="47" />
            <source>EU Cyber Resilience Act, Annex I — declaration %1 (%2, %3)</source>
            <translation>EU Cyber Resilience Act, Annex I — declaration %1 (%2, %3)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="59" />
            <source>Covered %1, partly %2, not covered %3 (✓: conforming with evidence).</source>
            <translation>Covered %1, partly %2, not covered %3 (✓: conforming with evidence).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="63" />
            <source>What ★1 does not cover:</source>
            <translation>What ★1 does not cover:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="66" />
            <location filename="../app/cli/cmd_review.cpp" line="133" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="66" />
            <source>recorded</source>
            <translation>recorded</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="76" />
            <source>Change a CRA field first (repeatable; \n in VALUE starts a new line): %1.</source>
            <translation>Change a CRA field first (repeatable; \n in VALUE starts a new line): %1.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="80" />
            <source>Write the technical documentation draft and the EU declaration of conformity draft (PDF and JSON, English) into this folder.</source>
            <translation>Write the technical documentation draft and the EU declaration of conformity draft (PDF and JSON, English) into this folder.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_cra.cpp" line="122" />
            <source>These are drafts for the manufacturer to complete and sign: Hoshi prepares, the manufacturer declares.</source>
            <translation>These are drafts for the manufacturer to complete and sign: Hoshi prepares, the manufacturer declares.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_review.cpp" line="136" />
            <source>%n open comment(s)</source>
            <translation>
                <numerusform>%n open comment</numerusform>
                <numerusform>%n open comments</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="156" />
            <source>declaration %1: %2</source>
            <translation>declaration %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="166" />
            <source>error: there is no comment with the id %1</source>
            <translation>error: there is no comment with the id %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="221" />
            <source>on: a declaration must be approved (and unchanged since) before it can be exported.</source>
            <translation>on: a declaration must be approved (and unchanged since) before it can be exported.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_review.cpp" line="229" />
            <source>error: --require-approval takes on or off, not "%1"</source>
            <translation>error: --require-approval takes on or off, not "%1"</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="109" />
            <source>organisation %1: %2</source>
            <translation>organisation %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="111" />
            <source>  product %1: %2 (firmware %3)</source>
            <translation>  product %1: %2 (firmware %3)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="115" />
            <source>    declaration %1: %2 %3, %4/%5 assessed, %6</source>
            <translation>    declaration %1: %2 %3, %4/%5 assessed, %6</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="119" />
            <source>submittable</source>
            <translation>submittable</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="120" />
            <source>%1 blocking problem(s)</source>
            <translation>%1 blocking problem(s)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="133" />
            <source>Do not re-hash the stored evidence files.</source>
            <translation>Do not re-hash the stored evidence files.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="164" />
            <source>submittable: no blocking problems, %1 warning(s)</source>
            <translation>submittable: no blocking problems, %1 warning(s)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_status.cpp" line="165" />
            <source>blocked: %1 blocking problem(s), %2 warning(s)</source>
            <translation>blocked: %1 blocking problem(s), %2 warning(s)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="26" />
            <source>error: the workspace has no organisation yet (hoshi-cli organisation add)</source>
            <translation>error: the workspace has no organisation yet (hoshi-cli organisation add)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="27" />
            <source>error: the workspace has several organisations; name one with --organisation ID</source>
            <translation>error: the workspace has several organisations; name one with --organisation ID</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="36" />
            <source>New workspace: a .hoshi file, or an empty database on a server (postgresql://...).</source>
            <translation>New workspace: a .hoshi file, or an empty database on a server (postgresql://...).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="37" />
            <source>Create a first organisation named NAME.</source>
            <translation>Create a first organisation named NAME.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="79" />
            <source>Organisation id (default: the only one).</source>
            <translation>Organisation id (default: the only one).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="80" />
            <source>Model number (repeatable).</source>
            <translation>Model number (repeatable).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="108" />
            <source>standard or psti.</source>
            <translation>standard or psti.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="109" />
            <source>Declaration id (set).</source>
            <translation>Declaration id (set).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="110" />
            <source>Evaluation completion date (set).</source>
            <translation>Evaluation completion date (set).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="111" />
            <source>PSTI statement of compliance or its URL (set).</source>
            <translation>PSTI statement of compliance or its URL (set).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="125" />
            <source>error: --route is standard or psti, not "%1"</source>
            <translation>error: --route is standard or psti, not "%1"</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="153" />
            <source>every answer carried over</source>
            <translation>every answer carried over</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="154" />
            <source>to assess again (new or changed): %1</source>
            <translation>to assess again (new or changed): %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="29" />
            <location filename="../app/cli/cmd_assessment.cpp" line="119" />
            <source>Item id, e.g. S1.1-04.</source>
            <translation>Item id, e.g. S1.1-04.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="30" />
            <source>conforming, not-applicable, non-conforming or not-assessed.</source>
            <translation>conforming, not-applicable, non-conforming or not-assessed.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="32" />
            <source>Justification (needed for not-applicable).</source>
            <translation>Justification (needed for not-applicable).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="33" />
            <source>Notes.</source>
            <translation>Notes.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="35" />
            <source>Save only while the answer still has this version (as "assessment show" printed it; 0 for an item never answered); otherwise change nothing and exit 3.</source>
            <translation>Save only while the answer still has this version (as "assessment show" printed it; 0 for an item never answered); otherwise change nothing and exit 3.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="49" />
            <source>error: --expect-version takes a number from 0 on, not "%1"</source>
            <translation>error: --expect-version takes a number from 0 on, not "%1"</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="62" />
            <source>error: --verdict is conforming, not-applicable, non-conforming or not-assessed</source>
            <translation>error: --verdict is conforming, not-applicable, non-conforming or not-assessed</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="103" />
            <source>%1 is not an item of declaration %2</source>
            <translation>%1 is not an item of declaration %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="141" />
            <source>error: a batch line is a JSON array: ["assess", options...] or ["assessment", "show", options...]</source>
            <translation>error: a batch line is a JSON array: ["assess", options...] or ["assessment", "show", options...]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="160" />
            <source>usage: hoshi-cli assessment show WS --declaration ID --item ITEM [--json]</source>
            <translation>usage: hoshi-cli assessment show WS --declaration ID --item ITEM [--json]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="176" />
            <source>Standard input: one JSON array per line, an assess or assessment show command without the workspace, e.g. ["assess", "--declaration", "2", "--item", "S1.1-04", "--verdict", "conforming"]. Each line is answered at once with one line {"exit": N, "out": "...", "err": "..."} on standard output; the batch exits with the highest exit code of its lines.</source>
            <translation>Standard input: one JSON array per line, an assess or assessment show command without the workspace, e.g. ["assess", "--declaration", "2", "--item", "S1.1-04", "--verdict", "conforming"]. Each line is answered at once with one line {"exit": N, "out": "...", "err": "..."} on standard output; the batch exits with the highest exit code of its lines.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="204" />
            <source>error: a batch line must be a JSON array of words: %1</source>
            <translation>error: a batch line must be a JSON array of words: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_assessment.cpp" line="205" />
            <source>not an array</source>
            <translation>not an array</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="183" />
            <source>Item the evidence backs (repeatable).</source>
            <translation>Item the evidence backs (repeatable).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="186" />
            <source>File to attach (repeatable).</source>
            <translation>File to attach (repeatable).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="198" />
            <source>error: --kind is document or device-test</source>
            <translation>error: --kind is document or device-test</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="214" />
            <source>error: evidence %1 was added, but %2</source>
            <translation>error: evidence %1 was added, but %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="240" />
            <source>%1: the server gave back the space of removed content</source>
            <translation>%1: the server gave back the space of removed content</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="242" />
            <source>%1: %2 -&gt; %3 bytes</source>
            <translation>%1: %2 -&gt; %3 bytes</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="249" />
            <source>New workspace to write the demo into: a .hoshi file, or an empty database on a server.</source>
            <translation>New workspace to write the demo into: a .hoshi file, or an empty database on a server.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="261" />
            <source>demo written to %1</source>
            <translation>demo written to %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="262" />
            <source>complete declaration: %1 (submittable)</source>
            <translation>complete declaration: %1 (submittable)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="263" />
            <source>in-progress declaration: %1 (blocked)</source>
            <translation>in-progress declaration: %1 (blocked)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_workspace.cpp" line="264" />
            <source>★3 draft declaration: %1</source>
            <translation>★3 draft declaration: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="25" />
            <source>List, show, check, compare and migrate criteria sets.</source>
            <translation>List, show, check, compare and migrate criteria sets.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="26" />
            <source>Create a workspace.</source>
            <translation>Create a workspace.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="30" />
            <source>Add, list, show, change and remove organisations.</source>
            <translation>Add, list, show, change and remove organisations.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="35" />
            <source>Add, list, show, change and remove products.</source>
            <translation>Add, list, show, change and remove products.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="41" />
            <source>Start, change, carry over, list and remove declarations.</source>
            <translation>Start, change, carry over, list and remove declarations.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="44" />
            <source>Record the verdict of one item.</source>
            <translation>Record the verdict of one item.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="46" />
            <source>Show the assessment of one item.</source>
            <translation>Show the assessment of one item.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="47" />
            <source>Run many assess and assessment show lines on one workspace.</source>
            <translation>Run many assess and assessment show lines on one workspace.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="61" />
            <source>List, remove and extract evidence files.</source>
            <translation>List, remove and extract evidence files.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="62" />
            <source>Show the history of changes.</source>
            <translation>Show the history of changes.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="65" />
            <source>Show what changed since an approval, an export, the label or a date.</source>
            <translation>Show what changed since an approval, an export, the label or a date.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="66" />
            <source>Summarise a workspace.</source>
            <translation>Summarise a workspace.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="68" />
            <source>Run the submission gate on a declaration.</source>
            <translation>Run the submission gate on a declaration.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="74" />
            <source>Comment on, approve or reject a declaration; import findings.</source>
            <translation>Comment on, approve or reject a declaration; import findings.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="75" />
            <source>Show or change workspace settings.</source>
            <translation>Show or change workspace settings.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="78" />
            <source>List every declaration, most urgent first.</source>
            <translation>List every declaration, most urgent first.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="84" />
            <source>Record the label, a firmware change, or write the label page.</source>
            <translation>Record the label, a firmware change, or write the label page.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="58" />
            <source>Add, import, capture, list, change and remove evidence records.</source>
            <translation>Add, import, capture, list, change and remove evidence records.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="85" />
            <source>List what is due: label ends, support ends, re-tests, evidence reviews.</source>
            <translation>List what is due: label ends, support ends, re-tests, evidence reviews.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="88" />
            <source>Write the report of changes since the label.</source>
            <translation>Write the report of changes since the label.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="90" />
            <source>Keep the UK PSTI statement of compliance.</source>
            <translation>Keep the UK PSTI statement of compliance.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="92" />
            <source>EU Cyber Resilience Act readiness, its fields, and the drafts of the technical documentation and declaration of conformity.</source>
            <translation>EU Cyber Resilience Act readiness, its fields, and the drafts of the technical documentation and declaration of conformity.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="94" />
            <source>Write the ETSI EN 303 645 view as CSV.</source>
            <translation>Write the ETSI EN 303 645 view as CSV.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="98" />
            <source>Show the label's recognition in the UK and Singapore; write the UK compliance record.</source>
            <translation>Show the label's recognition in the UK and Singapore; write the UK compliance record.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="106" />
            <source>IPA's checklist workbook: detect its form profile, fill a copy, attach it to a declaration.</source>
            <translation>IPA's checklist workbook: detect its form profile, fill a copy, attach it to a declaration.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="111" />
            <source>Prepare a server database and grant access to it.</source>
            <translation>Prepare a server database and grant access to it.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="112" />
            <source>Create the demo workspace.</source>
            <translation>Create the demo workspace.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="113" />
            <source>Give unused space back.</source>
            <translation>Give unused space back.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="114" />
            <source>Copy a workspace file to a server.</source>
            <translation>Copy a workspace file to a server.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="115" />
            <source>Copy an organisation from a server to a file.</source>
            <translation>Copy an organisation from a server to a file.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="118" />
            <source>Bring two copies of a workspace (files or servers) to the same records.</source>
            <translation>Bring two copies of a workspace (files or servers) to the same records.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="121" />
            <source>Write the application package and the evidence archive.</source>
            <translation>Write the application package and the evidence archive.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="122" />
            <source>Verify an evidence archive.</source>
            <translation>Verify an evidence archive.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="123" />
            <source>Make a signing key and certificate.</source>
            <translation>Make a signing key and certificate.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="162" />
            <source>usage: hoshi-cli COMMAND ...</source>
            <translation>usage: hoshi-cli COMMAND ...</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="167" />
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="170" />
            <source>Every command takes --help, and --lang ja|en to choose the language (default: the locale).</source>
            <translation>Every command takes --help, and --lang ja|en to choose the language (default: the locale).</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="172" />
            <source>Exit codes: 0 success, 1 a negative answer (blocked, not intact), 2 usage or input error.</source>
            <translation>Exit codes: 0 success, 1 a negative answer (blocked, not intact), 2 usage or input error.</translation>
        </message>
        <message>
            <location filename="../app/cli/commandregistry.cpp" line="174" />
            <source>Exit code 3: not saved, someone else changed it since the version you named (--expect-version).</source>
            <translation>Exit code 3: not saved, someone else changed it since the version you named (--expect-version).</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="93" />
            <source>hoshi-cli: unknown command "%1"</source>
            <translation>hoshi-cli: unknown command "%1"</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="17" />
            <source>usage: hoshi-cli server init URL
       hoshi-cli server grant URL --user U --organisation ID --role preparer|reviewer|auditor
       hoshi-cli server revoke URL --user U --organisation ID
       hoshi-cli server access URL [--json]</source>
            <translation>usage: hoshi-cli server init URL
       hoshi-cli server grant URL --user U --organisation ID --role preparer|reviewer|auditor
       hoshi-cli server revoke URL --user U --organisation ID
       hoshi-cli server access URL [--json]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="27" />
            <source>Workspace database on a PostgreSQL server (postgresql://...), as its owner.</source>
            <translation>Workspace database on a PostgreSQL server (postgresql://...), as its owner.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="32" />
            <source>error: the server address (URL) is missing</source>
            <translation>error: the server address (URL) is missing</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="62" />
            <source>%1: workspace ready; users and roles set up (preparer, reviewer, auditor). Give access with "hoshi-cli server grant".</source>
            <translation>%1: workspace ready; users and roles set up (preparer, reviewer, auditor). Give access with "hoshi-cli server grant".</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="70" />
            <source>User: a PostgreSQL role that can log in (createuser).</source>
            <translation>User: a PostgreSQL role that can log in (createuser).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="74" />
            <source>preparer, reviewer or auditor.</source>
            <translation>preparer, reviewer or auditor.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_server.cpp" line="91" />
            <source>error: --role is preparer, reviewer or auditor</source>
            <translation>error: --role is preparer, reviewer or auditor</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="37" />
            <source>copying file content: %1 of %2 MB</source>
            <translation>copying file content: %1 of %2 MB</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="53" />
            <source>copied %1 record(s) and %2 bytes of file content to %3 (%4 bytes of content were already there)</source>
            <translation>copied %1 record(s) and %2 bytes of file content to %3 (%4 bytes of content were already there)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_export.cpp" line="156" />
            <location filename="../app/cli/cmd_transfer.cpp" line="57" />
            <source>note: %1</source>
            <translation>note: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="80" />
            <source>Nothing was copied.</source>
            <translation>Nothing was copied.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="141" />
            <source>Workspace to copy (a .hoshi file).</source>
            <translation>Workspace to copy (a .hoshi file).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="143" />
            <source>Workspace on a server to copy into (postgresql://...): an empty database, or a workspace that holds records already (then only what the file changed is written, as by sync).</source>
            <translation>Workspace on a server to copy into (postgresql://...): an empty database, or a workspace that holds records already (then only what the file changed is written, as by sync).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="147" />
            <source>Into a workspace that holds records already: decide a conflict (ID=a keeps the file's value, ID=b the target's; all=a|b). Repeatable.</source>
            <translation>Into a workspace that holds records already: decide a conflict (ID=a keeps the file's value, ID=b the target's; all=a|b). Repeatable.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="150" />
            <source>Print what was synchronised as JSON.</source>
            <translation>Print what was synchronised as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="154" />
            <source>error: push needs the workspace and the address to copy it to</source>
            <translation>error: push needs the workspace and the address to copy it to</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="179" />
            <source>Workspace on a server (postgresql://...).</source>
            <translation>Workspace on a server (postgresql://...).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="180" />
            <source>New workspace file (.hoshi) to write.</source>
            <translation>New workspace file (.hoshi) to write.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="181" />
            <source>The organisation to copy.</source>
            <translation>The organisation to copy.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="185" />
            <source>error: pull needs the address to copy from and a new file to write</source>
            <translation>error: pull needs the address to copy from and a new file to write</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="193" />
            <source>pull writes a new .hoshi file; %1 is a server address</source>
            <translation>pull writes a new .hoshi file; %1 is a server address</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="195" />
            <source>%1 already exists; pull writes a new file and never replaces one</source>
            <translation>%1 already exists; pull writes a new file and never replaces one</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_transfer.cpp" line="215" />
            <source>error: cannot name the new workspace %1 (does it exist now?)</source>
            <translation>error: cannot name the new workspace %1 (does it exist now?)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="31" />
            <source>error: no criteria set "%1" (see hoshi-cli criteria list).</source>
            <translation>error: no criteria set "%1" (see hoshi-cli criteria list).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="37" />
            <location filename="../app/cli/cmd_form.cpp" line="75" />
            <location filename="../app/cli/cmd_markets.cpp" line="70" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="48" />
            <source>Template: %1 (SHA-256 %2)</source>
            <translation>Template: %1 (SHA-256 %2)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="49" />
            <source>Criteria: %1</source>
            <translation>Criteria: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_form.cpp" line="50" />
            <source>Items found: %n</source>
            <translation>
                <numerusform>Items found: %n</numerusform>
                <numerusform>Items found: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="52" />
            <source>  %1  verdict %2, evidence %3, reason %4, remarks %5</source>
            <translation>  %1  verdict %2, evidence %3, reason %4, remarks %5</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="57" />
            <source>      point %1 (%2, verdict %3): %4</source>
            <translation>      point %1 (%2, verdict %3): %4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="58" />
            <source>      point %1 (%2): %3</source>
            <translation>      point %1 (%2): %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_form.cpp" line="61" />
            <source>Fields found: %n</source>
            <translation>
                <numerusform>Fields found: %n</numerusform>
                <numerusform>Fields found: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="63" />
            <source>  %1 ("%2" at %3): %4</source>
            <translation>  %1 ("%2" at %3): %4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="69" />
            <source>Fields without a cell (not required): %1</source>
            <translation>Fields without a cell (not required): %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="74" />
            <source>Verdict words: %1 (list %2 from %3)</source>
            <translation>Verdict words: %1 (list %2 from %3)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="78" />
            <source>Detection is complete: every item has a verdict cell.</source>
            <translation>Detection is complete: every item has a verdict cell.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="80" />
            <source>Detection is incomplete:</source>
            <translation>Detection is incomplete:</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="103" />
            <location filename="../app/cli/cmd_form.cpp" line="132" />
            <source>IPA's checklist workbook (.xlsx or .xlsm).</source>
            <translation>IPA's checklist workbook (.xlsx or .xlsm).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="104" />
            <source>Criteria set id (default %1).</source>
            <translation>Criteria set id (default %1).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="106" />
            <source>Print the form profile as JSON.</source>
            <translation>Print the form profile as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="110" />
            <source>usage: hoshi-cli form detect TEMPLATE.xlsx [--criteria ID] [--json]</source>
            <translation>usage: hoshi-cli form detect TEMPLATE.xlsx [--criteria ID] [--json]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="134" />
            <source>Form profile (JSON); detected when not given.</source>
            <translation>Form profile (JSON); detected when not given.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="136" />
            <source>The filled workbook to write.</source>
            <translation>The filled workbook to write.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="140" />
            <source>usage: hoshi-cli form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE</source>
            <translation>usage: hoshi-cli form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="158" />
            <source>cannot open %1: %2</source>
            <translation>cannot open %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="166" />
            <source>error: the form profile does not fit this workbook:</source>
            <translation>error: the form profile does not fit this workbook:</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_form.cpp" line="176" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="177" />
            <source>error: the form was not written: %1</source>
            <translation>error: the form was not written: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_form.cpp" line="194" />
            <source>usage: hoshi-cli form detect TEMPLATE.xlsx [--criteria ID] [--json]
       hoshi-cli form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE</source>
            <translation>usage: hoshi-cli form detect TEMPLATE.xlsx [--criteria ID] [--json]
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
            <translation>the form has this item; the declaration's criteria set does not</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="46" />
            <source>form: %1</source>
            <translation>form: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="47" />
            <source>template SHA-256: %1 (%2 bytes)</source>
            <translation>template SHA-256: %1 (%2 bytes)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="49" />
            <source>attached: %1 by %2</source>
            <translation>attached: %1 by %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="50" />
            <source>criteria set: %1</source>
            <translation>criteria set: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="54" />
            <source>items mapped: %1 (evaluation points: %2)</source>
            <translation>items mapped: %1 (evaluation points: %2)</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="55" />
            <source>fields mapped: %1</source>
            <translation>fields mapped: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="59" />
            <source>verdict words: %1</source>
            <translation>verdict words: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="59" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="60" />
            <source>parts set by a person: %1</source>
            <translation>parts set by a person: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="62" />
            <source>mapping: complete</source>
            <translation>mapping: complete</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/cmd_formattach.cpp" line="63" />
            <source>mapping: %n unresolved part(s); the submission gate blocks until they are resolved</source>
            <translation>
                <numerusform>mapping: %n unresolved part; the submission gate blocks until they are resolved</numerusform>
                <numerusform>mapping: %n unresolved parts; the submission gate blocks until they are resolved</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="97" />
            <source>Your copy of IPA's checklist workbook (.xlsx or .xlsm).</source>
            <translation>Your copy of IPA's checklist workbook (.xlsx or .xlsm).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="100" />
            <source>A form profile (JSON) someone made for this workbook, instead of detecting one.</source>
            <translation>A form profile (JSON) someone made for this workbook, instead of detecting one.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="105" />
            <source>usage: hoshi-cli form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]</source>
            <translation>usage: hoshi-cli form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="120" />
            <source>note: the profile was made for a template with SHA-256 %1; your file differs, so every cell of the mapping was checked against your file.</source>
            <translation>note: the profile was made for a template with SHA-256 %1; your file differs, so every cell of the mapping was checked against your file.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="128" />
            <source>official evaluation points: %1 point(s) of %2 item(s) from this workbook now apply to the declaration</source>
            <translation>official evaluation points: %1 point(s) of %2 item(s) from this workbook now apply to the declaration</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="135" />
            <source>no matching official point: choose again</source>
            <translation>no matching official point: choose again</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="166" />
            <source>The profile file to write.</source>
            <translation>The profile file to write.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="178" />
            <source>profile written to %1</source>
            <translation>profile written to %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_formattach.cpp" line="193" />
            <source>official form removed from declaration %1</source>
            <translation>official form removed from declaration %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="21" />
            <source>Firmware image file the device ran; its SHA-256 is kept with the evidence.</source>
            <translation>Firmware image file the device ran; its SHA-256 is kept with the evidence.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="23" />
            <source>Firmware version tested (default: the product's current one).</source>
            <translation>Firmware version tested (default: the product's current one).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="25" />
            <source>Print the new id and the parsed result as JSON.</source>
            <translation>Print the new id and the parsed result as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="39" />
            <source>note: %1 output usually backs %2; it was recorded for %3 as asked</source>
            <translation>note: %1 output usually backs %2; it was recorded for %3 as asked</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="53" />
            <source>The tool's output file (nmap -oX, testssl.sh --jsonfile, ssh-audit -j, CycloneDX JSON).</source>
            <translation>The tool's output file (nmap -oX, testssl.sh --jsonfile, ssh-audit -j, CycloneDX JSON).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="55" />
            <source>Item the evidence backs.</source>
            <translation>Item the evidence backs.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="56" />
            <source>nmap, testssl, ssh-audit or cyclonedx (default: recognised from the file).</source>
            <translation>nmap, testssl, ssh-audit or cyclonedx (default: recognised from the file).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="64" />
            <source>evidence capture needs WS, FILE, --declaration and --item</source>
            <translation>evidence capture needs WS, FILE, --declaration and --item</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="67" />
            <source>--tool is nmap, testssl, ssh-audit or cyclonedx</source>
            <translation>--tool is nmap, testssl, ssh-audit or cyclonedx</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="75" />
            <source>%1 is not output of a known tool; name it with --tool</source>
            <translation>%1 is not output of a known tool; name it with --tool</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="92" />
            <source>The captured evidence to run again.</source>
            <translation>The captured evidence to run again.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="93" />
            <source>Host (and :port) to run against (default: the recipe's).</source>
            <translation>Host (and :port) to run against (default: the recipe's).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="94" />
            <source>Stop the tool after this many seconds (default 600).</source>
            <translation>Stop the tool after this many seconds (default 600).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="103" />
            <source>--time-limit is a number of seconds</source>
            <translation>--time-limit is a number of seconds</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="116" />
            <source>Captured evidence id.</source>
            <translation>Captured evidence id.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="117" />
            <source>Finding key, as in the .findings.json file (e.g. port-23/tcp, tls1_0).</source>
            <translation>Finding key, as in the .findings.json file (e.g. port-23/tcp, tls1_0).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_capture.cpp" line="118" />
            <source>Your answer to the finding (empty: remove it).</source>
            <translation>Your answer to the finding (empty: remove it).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="37" />
            <source>When the fact was established (document date, test date); "none" clears it.</source>
            <translation>When the fact was established (document date, test date); "none" clears it.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="40" />
            <source>When the evidence must be looked at again; "none" falls back to the workspace's default.</source>
            <translation>When the evidence must be looked at again; "none" falls back to the workspace's default.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="57" />
            <source>Firmware image file: records its SHA-256 as the current image.</source>
            <translation>Firmware image file: records its SHA-256 as the current image.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="68" />
            <source>error: cannot hash the firmware image %1: %2</source>
            <translation>error: cannot hash the firmware image %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="78" />
            <source>Default review period of a kind of evidence, in months after its effective date (0: none; repeatable), e.g. device-test=12.</source>
            <translation>Default review period of a kind of evidence, in months after its effective date (0: none; repeatable), e.g. device-test=12.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_shelflife.cpp" line="97" />
            <source>error: --review-period takes document=MONTHS or device-test=MONTHS (0 to %1), not "%2"</source>
            <translation>error: --review-period takes document=MONTHS or device-test=MONTHS (0 to %1), not "%2"</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="27" />
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="73" />
            <source>conflict %1: %2 was removed in %3 and changed in %4</source>
            <translation>conflict %1: %2 was removed in %3 and changed in %4</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="78" />
            <source>conflict %1: %2, field %3</source>
            <translation>conflict %1: %2, field %3</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="80" />
            <source>    was: %1</source>
            <translation>    was: %1</translation>
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
            <translation>Nothing was written. Decide each conflict with --resolve ID=a|b (or --resolve all=a|b) and run the same command again.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="91" />
            <source>%1 and %2 hold the same records; nothing to do.</source>
            <translation>%1 and %2 hold the same records; nothing to do.</translation>
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
            <translation>to a: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="97" />
            <source>to b: %1</source>
            <translation>to b: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="105" />
            <source>Dry run: nothing was written.</source>
            <translation>Dry run: nothing was written.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="124" />
            <location filename="../app/cli/cmd_sync.cpp" line="128" />
            <source>--resolve takes ID=a, ID=b, ID=edit:TEXT or all=a|b, not "%1"</source>
            <translation>--resolve takes ID=a, ID=b, ID=edit:TEXT or all=a|b, not "%1"</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="161" />
            <source>A workspace: a .hoshi file or a server address.</source>
            <translation>A workspace: a .hoshi file or a server address.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="162" />
            <source>The other copy: a .hoshi file or a server address.</source>
            <translation>The other copy: a .hoshi file or a server address.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="163" />
            <source>Only this organisation (its id in A).</source>
            <translation>Only this organisation (its id in A).</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="164" />
            <source>Show what would change; write nothing.</source>
            <translation>Show what would change; write nothing.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="165" />
            <source>Print the plan and conflicts as JSON.</source>
            <translation>Print the plan and conflicts as JSON.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="167" />
            <source>Decide a conflict: ID=a or ID=b (keep that side's value), ID=edit:TEXT, or all=a|b. Repeatable.</source>
            <translation>Decide a conflict: ID=a or ID=b (keep that side's value), ID=edit:TEXT, or all=a|b. Repeatable.</translation>
        </message>
        <message>
            <location filename="../app/cli/cmd_sync.cpp" line="173" />
            <source>error: sync needs two workspaces</source>
            <translation>error: sync needs two workspaces</translation>
        </message>
    </context>
    <context>
        <name>hoshi::markets::MappingLibrary</name>
        <message>
            <location filename="../core/markets/mappinglibrary.cpp" line="156" />
            <source>is a folder, not a mapping file</source>
            <translation>is a folder, not a mapping file</translation>
        </message>
        <message>
            <location filename="../core/markets/mappinglibrary.cpp" line="159" />
            <source>cannot be read: %1</source>
            <translation>cannot be read: %1</translation>
        </message>
        <message>
            <location filename="../core/markets/mappinglibrary.cpp" line="161" />
            <source>is %1 bytes; mapping files are at most %2 bytes</source>
            <translation>is %1 bytes; mapping files are at most %2 bytes</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="60" />
            <source>unknown criteria set "%1": Hoshi knows no criteria set with this id</source>
            <translation>unknown criteria set "%1": Hoshi knows no criteria set with this id</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="74" />
            <source>duplicate requirement id "%1"</source>
            <translation>duplicate requirement id "%1"</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="78" />
            <source>the target's text may not be copied (textPolicy ids-and-titles-only): give ids and titles only, and add the text from your own copy as a local text overlay</source>
            <translation>the target's text may not be copied (textPolicy ids-and-titles-only): give ids and titles only, and add the text from your own copy as a local text overlay</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="82" />
            <source>a text needs its textKind (quote or summary), and a textKind needs a text</source>
            <translation>a text needs its textKind (quote or summary), and a textKind needs a text</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="92" />
            <source>unknown item "%1": %2 has no item with this id</source>
            <translation>unknown item "%1": %2 has no item with this id</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="95" />
            <source>unknown target "%1": it is not among target/requirements</source>
            <translation>unknown target "%1": it is not among target/requirements</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="98" />
            <source>duplicate entry: %1 and %2 are already paired in this file</source>
            <translation>duplicate entry: %1 and %2 are already paired in this file</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="101" />
            <source>an official entry must name the instrument that says so</source>
            <translation>an official entry must name the instrument that says so</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="152" />
            <source>invalid JSON at line %1, column %2: %3</source>
            <translation>invalid JSON at line %1, column %2: %3</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="159" />
            <source>is not a JSON object (a mapping set or a text overlay)</source>
            <translation>is not a JSON object (a mapping set or a text overlay)</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="164" />
            <source>the key "%1" appears twice in one object; JSON keeps only one of the values, so the file is ambiguous</source>
            <translation>the key "%1" appears twice in one object; JSON keeps only one of the values, so the file is ambiguous</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="177" />
            <source>a mapping set "%1" is already loaded from %2</source>
            <translation>a mapping set "%1" is already loaded from %2</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="197" />
            <source>no loaded mapping set has the target "%1"</source>
            <translation>no loaded mapping set has the target "%1"</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="205" />
            <source>unknown target "%1": %2 has no requirement with this id</source>
            <translation>unknown target "%1": %2 has no requirement with this id</translation>
        </message>
        <message>
            <location filename="../core/markets/mappingloader.cpp" line="207" />
            <source>duplicate text for "%1"</source>
            <translation>duplicate text for "%1"</translation>
        </message>
    </context>
    <context>
        <name>hoshi::markets::MarketsService</name>
        <message>
            <location filename="../core/markets/marketsservice.cpp" line="16" />
            <source>There is no declaration %1.</source>
            <translation>There is no declaration %1.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::markets::Recognition</name>
        <message>
            <location filename="../core/markets/recognition.cpp" line="54" />
            <source>UK PSTI</source>
            <translation>UK PSTI</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="54" />
            <source>Singapore CLS Level 1</source>
            <translation>Singapore CLS Level 1</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="92" />
            <source>no label recorded yet (a registration number and an issue date are needed)</source>
            <translation>no label recorded yet (a registration number and an issue date are needed)</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="94" />
            <source>the label is not a ★1 label (level %1)</source>
            <translation>the label is not a ★1 label (level %1)</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="96" />
            <source>the label is under %1, not %2</source>
            <translation>the label is under %1, not %2</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="98" />
            <source>the label's validity end is not recorded</source>
            <translation>the label's validity end is not recorded</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="100" />
            <source>the label expired on %1</source>
            <translation>the label expired on %1</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="102" />
            <source>the label was withdrawn</source>
            <translation>the label was withdrawn</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="104" />
            <source>the label was revoked</source>
            <translation>the label was revoked</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="106" />
            <source>the recognition applies from %1</source>
            <translation>the recognition applies from %1</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="125" />
            <source>UK PSTI: deemed compliant under Condition B until %1</source>
            <translation>UK PSTI: deemed compliant under Condition B until %1</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="127" />
            <source>UK PSTI: not deemed compliant under Condition B: %1</source>
            <translation>UK PSTI: not deemed compliant under Condition B: %1</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="145" />
            <source>Singapore CLS Level 1: simplified application possible until %1 (based on secondary reports)</source>
            <translation>Singapore CLS Level 1: simplified application possible until %1 (based on secondary reports)</translation>
        </message>
        <message>
            <location filename="../core/markets/recognition.cpp" line="148" />
            <source>Singapore CLS Level 1: no simplified application: %1 (based on secondary reports)</source>
            <translation>Singapore CLS Level 1: no simplified application: %1 (based on secondary reports)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::markets::UkRecord</name>
        <message>
            <location filename="../core/markets/ukrecord.cpp" line="168" />
            <source>No UK compliance record is written while the product is not deemed compliant: %1</source>
            <translation>No UK compliance record is written while the product is not deemed compliant: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormAnswersBuilder</name>
        <message>
            <location filename="../core/officialform/formanswers.cpp" line="76" />
            <source>The template has no word for "%1" (item %2).</source>
            <translation>The template has no word for "%1" (item %2).</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormAttachment</name>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="29" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="30" />
            <source>not a file</source>
            <translation>not a file</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="34" />
            <source>%1 is larger than %2 bytes; it is not read.</source>
            <translation>%1 is larger than %2 bytes; it is not read.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="50" />
            <source>%1 is not a form profile: %2</source>
            <translation>%1 is not a form profile: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="85" />
            <source>There is no declaration with the id %1.</source>
            <translation>There is no declaration with the id %1.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="143" />
            <location filename="../core/officialform/formattachment.cpp" line="178" />
            <location filename="../core/officialform/formattachment.cpp" line="197" />
            <location filename="../core/officialform/formattachment.cpp" line="214" />
            <source>Declaration %1 has no official form attached.</source>
            <translation>Declaration %1 has no official form attached.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="149" />
            <source>The content of the official form %1 could not be read from the workspace.</source>
            <translation>The content of the official form %1 could not be read from the workspace.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="157" />
            <source>The stored mapping of the official form %1 is damaged: %2</source>
            <translation>The stored mapping of the official form %1 is damaged: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="182" />
            <source>This mapping is for another template file (SHA-256 %1), not for %2.</source>
            <translation>This mapping is for another template file (SHA-256 %1), not for %2.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formattachment.cpp" line="204" />
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/formoverlay.cpp" line="33" />
            <source>chosen</source>
            <translation>chosen</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/officialform/formoverlay.cpp" line="35" />
            <source>%n evidence link(s)</source>
            <translation>
                <numerusform>%n evidence link</numerusform>
                <numerusform>%n evidence links</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/officialform/formoverlay.cpp" line="59" />
            <source>official — from your copy of IPA's checklist (%1, SHA-256 %2)</source>
            <translation>official — from your copy of IPA's checklist (%1, SHA-256 %2)</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormDetector</name>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="98" />
            <source>The sheet "%1" is not in the workbook.</source>
            <translation>The sheet "%1" is not in the workbook.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="100" />
            <source>The cell %1 lies beyond the sheet.</source>
            <translation>The cell %1 lies beyond the sheet.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="107" />
            <source>The workbook is not the template the profile was made for (its SHA-256 differs).</source>
            <translation>The workbook is not the template the profile was made for (its SHA-256 differs).</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="111" />
            <source>No cell names the item %1.</source>
            <translation>No cell names the item %1.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="116" />
            <source>The item %1 has no verdict cell.</source>
            <translation>The item %1 has no verdict cell.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="138" />
            <source>The verdict cells carry no list of allowed words; choose the word for each verdict.</source>
            <translation>The verdict cells carry no list of allowed words; choose the word for each verdict.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="144" />
            <source>No word of the template's list (%1) stands for "%2".</source>
            <translation>No word of the template's list (%1) stands for "%2".</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfields.cpp" line="148" />
            <source>The word "%1" is not in the template's list (%2).</source>
            <translation>The word "%1" is not in the template's list (%2).</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormFiller</name>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="86" />
            <source>The sheet "%1" is not in the workbook.</source>
            <translation>The sheet "%1" is not in the workbook.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="90" />
            <source>%1: the text has %2 characters; a cell holds at most %3.</source>
            <translation>%1: the text has %2 characters; a cell holds at most %3.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="95" />
            <source>%1 holds a formula; Hoshi does not overwrite it.</source>
            <translation>%1 holds a formula; Hoshi does not overwrite it.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="101" />
            <source>%1 only takes values from a list that Hoshi can not read (%2).</source>
            <translation>%1 only takes values from a list that Hoshi can not read (%2).</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="104" />
            <source>%1 only takes %2; "%3" is not one of them.</source>
            <translation>%1 only takes %2; "%3" is not one of them.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="107" />
            <source>%1: the text has %2 characters, which the cell's validation does not allow (%3 %4 %5).</source>
            <translation>%1: the text has %2 characters, which the cell's validation does not allow (%3 %4 %5).</translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="125" />
            <source>%1 is the answer cell of both %2 and %3.</source>
            <translation>%1 is the answer cell of both %2 and %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/officialform/formfiller.cpp" line="140" />
            <source>The form can not be filled: %n problem(s).</source>
            <translation>
                <numerusform>The form can not be filled: %n problem.</numerusform>
                <numerusform>The form can not be filled: %n problems.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/officialform/formfiller.cpp" line="195" />
            <source>Can not write %1: %2</source>
            <translation>Can not write %1: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="65" />
            <source>The part is not UTF-8; it is left untouched and the form can not be filled.</source>
            <translation>The part is not UTF-8; it is left untouched and the form can not be filled.</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="93" />
            <source>A worksheet holds a document type declaration.</source>
            <translation>A worksheet holds a document type declaration.</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="121" />
            <source>A cell has the reference "%1".</source>
            <translation>A cell has the reference "%1".</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="141" />
            <source>A worksheet is not well-formed XML: %1</source>
            <translation>A worksheet is not well-formed XML: %1</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="143" />
            <source>A worksheet has no cell data (sheetData).</source>
            <translation>A worksheet has no cell data (sheetData).</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="273" />
            <source>The workbook part holds a document type declaration.</source>
            <translation>The workbook part holds a document type declaration.</translation>
        </message>
        <message>
            <location filename="../core/officialform/sheetpatcher.cpp" line="299" />
            <source>The workbook part can not be read: %1</source>
            <translation>The workbook part can not be read: %1</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormProfileEditor</name>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="23" />
            <source>The cell reference is not valid.</source>
            <translation>The cell reference is not valid.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="25" />
            <source>The sheet "%1" is not in the workbook.</source>
            <translation>The sheet "%1" is not in the workbook.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="28" />
            <source>The cell %1 lies beyond the sheet.</source>
            <translation>The cell %1 lies beyond the sheet.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="117" />
            <source>"%1" is not a known field.</source>
            <translation>"%1" is not a known field.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="131" />
            <source>The profile has no item %1; give its id cell first.</source>
            <translation>The profile has no item %1; give its id cell first.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="136" />
            <source>The item %1 has no evaluation point %2.</source>
            <translation>The item %1 has no evaluation point %2.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="152" />
            <source>Only verdicts are given per evaluation point.</source>
            <translation>Only verdicts are given per evaluation point.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="157" />
            <source>The role can not be given to a cell of an item.</source>
            <translation>The role can not be given to a cell of an item.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="171" />
            <source>Only item roles can be given to a column.</source>
            <translation>Only item roles can be given to a column.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="198" />
            <source>No item block lies on the sheet "%1".</source>
            <translation>No item block lies on the sheet "%1".</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="210" />
            <source>The profile has no item %1.</source>
            <translation>The profile has no item %1.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="215" />
            <source>A row can only be made an item's first row or an evaluation point row.</source>
            <translation>A row can only be made an item's first row or an evaluation point row.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="251" />
            <source>"Not assessed" is never written into a form.</source>
            <translation>"Not assessed" is never written into a form.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="253" />
            <source>The word is empty.</source>
            <translation>The word is empty.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofileeditor.cpp" line="255" />
            <source>"%1" is not in the template's list (%2).</source>
            <translation>"%1" is not in the template's list (%2).</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::FormProfileJson</name>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="147" />
            <source>No role</source>
            <translation>No role</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="148" />
            <source>Item id</source>
            <translation>Item id</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="149" />
            <source>Evaluation point</source>
            <translation>Evaluation point</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="150" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="151" />
            <source>Evidence reference</source>
            <translation>Evidence reference</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="152" />
            <source>Reason for not applicable</source>
            <translation>Reason for not applicable</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="153" />
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="154" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="174" />
            <source>Product name</source>
            <translation>Product name</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="176" />
            <source>Model number</source>
            <translation>Model number</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="178" />
            <source>Manufacturer</source>
            <translation>Manufacturer</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="180" />
            <source>Corporate number</source>
            <translation>Corporate number</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="182" />
            <source>Firmware version</source>
            <translation>Firmware version</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="184" />
            <source>Evaluation completion date</source>
            <translation>Evaluation completion date</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="186" />
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="188" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="316" />
            <source>The form profile is larger than %1 bytes.</source>
            <translation>The form profile is larger than %1 bytes.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="320" />
            <source>The form profile is not valid JSON (offset %1): %2</source>
            <translation>The form profile is not valid JSON (offset %1): %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="323" />
            <source>%1: the key "%2" appears twice.</source>
            <translation>%1: the key "%2" appears twice.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofile.cpp" line="325" />
            <source>/: the form profile must be a JSON object.</source>
            <translation>/: the form profile must be a JSON object.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="30" />
            <source>unknown member.</source>
            <translation>unknown member.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="41" />
            <location filename="../core/officialform/formprofilejson.cpp" line="192" />
            <source>a string is required.</source>
            <translation>a string is required.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="50" />
            <location filename="../core/officialform/formprofilejson.cpp" line="117" />
            <location filename="../core/officialform/formprofilejson.cpp" line="131" />
            <location filename="../core/officialform/formprofilejson.cpp" line="168" />
            <location filename="../core/officialform/formprofilejson.cpp" line="199" />
            <source>an object is required.</source>
            <translation>an object is required.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="59" />
            <source>an array is required.</source>
            <translation>an array is required.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="75" />
            <source>a cell reference like "Sheet!B7" (or null) is required.</source>
            <translation>a cell reference like "Sheet!B7" (or null) is required.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="87" />
            <source>"detected" or "user" is required.</source>
            <translation>"detected" or "user" is required.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="96" />
            <source>a positive whole number is required.</source>
            <translation>a positive whole number is required.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="142" />
            <source>the item id is empty.</source>
            <translation>the item id is empty.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="144" />
            <source>two row numbers [first, last] are required.</source>
            <translation>two row numbers [first, last] are required.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="149" />
            <source>the last row comes before the first.</source>
            <translation>the last row comes before the first.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="177" />
            <source>unknown field key "%1".</source>
            <translation>unknown field key "%1".</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="179" />
            <source>a field needs its value cell.</source>
            <translation>a field needs its value cell.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="208" />
            <source>unknown verdict "%1".</source>
            <translation>unknown verdict "%1".</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="210" />
            <source>the verdict "%1" has two words.</source>
            <translation>the verdict "%1" has two words.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="212" />
            <source>the word is empty.</source>
            <translation>the word is empty.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="237" />
            <source>"hoshi-form-profile" is required.</source>
            <translation>"hoshi-form-profile" is required.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="239" />
            <source>only version %1 is known.</source>
            <translation>only version %1 is known.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="248" />
            <source>64 lower-case hexadecimal digits are required.</source>
            <translation>64 lower-case hexadecimal digits are required.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="259" />
            <source>the item "%1" appears twice.</source>
            <translation>the item "%1" appears twice.</translation>
        </message>
        <message>
            <location filename="../core/officialform/formprofilejson.cpp" line="270" />
            <source>the field "%1" appears twice.</source>
            <translation>the field "%1" appears twice.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::officialform::WorkbookReader</name>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="56" />
            <source>[Content_Types].xml lists no content types.</source>
            <translation>[Content_Types].xml lists no content types.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="74" />
            <source>%1 lists a sheet without a name.</source>
            <translation>%1 lists a sheet without a name.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="101" />
            <source>%1 holds more than %2 strings, the limit.</source>
            <translation>%1 holds more than %2 strings, the limit.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="153" />
            <source>it has more than %1 rows, the limit for a form.</source>
            <translation>it has more than %1 rows, the limit for a form.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="162" />
            <source>a row has the number "%1".</source>
            <translation>a row has the number "%1".</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="177" />
            <source>the workbook has more than %1 cells, the limit for a form.</source>
            <translation>the workbook has more than %1 cells, the limit for a form.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="186" />
            <source>a cell has the reference "%1".</source>
            <translation>a cell has the reference "%1".</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="194" />
            <source>a cell lies beyond column %1, the limit.</source>
            <translation>a cell lies beyond column %1, the limit.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="217" />
            <source>the cell %1 refers to a shared string that does not exist.</source>
            <translation>the cell %1 refers to a shared string that does not exist.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="235" />
            <source>the range "%1" is not a range of cells.</source>
            <translation>the range "%1" is not a range of cells.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="239" />
            <source>the range %1 lies beyond the sheet limits (%2 rows, %3 columns).</source>
            <translation>the range %1 lies beyond the sheet limits (%2 rows, %3 columns).</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="251" />
            <source>it has more than %1 merged ranges, the limit.</source>
            <translation>it has more than %1 merged ranges, the limit.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="257" />
            <source>the merged range "%1" is not a range of cells.</source>
            <translation>the merged range "%1" is not a range of cells.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookparse.cpp" line="269" />
            <source>it has more than %1 data validations, the limit.</source>
            <translation>it has more than %1 data validations, the limit.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="39" />
            <location filename="../core/officialform/workbookreader.cpp" line="49" />
            <location filename="../core/officialform/workbookreader.cpp" line="62" />
            <source>%1 can not be read as a workbook: %2</source>
            <translation>%1 can not be read as a workbook: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="98" />
            <source>the part %1 is missing.</source>
            <translation>the part %1 is missing.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="108" />
            <source>it links to other workbooks (%1); external links are refused.</source>
            <translation>it links to other workbooks (%1); external links are refused.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="139" />
            <source>%1 refers to "%2" outside the file; external links are refused.</source>
            <translation>%1 refers to "%2" outside the file; external links are refused.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="159" />
            <source>it names no workbook part.</source>
            <translation>it names no workbook part.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="167" />
            <source>the workbook has no sheet.</source>
            <translation>the workbook has no sheet.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="169" />
            <source>the workbook has %1 sheets, more than the limit of %2.</source>
            <translation>the workbook has %1 sheets, more than the limit of %2.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="178" />
            <source>it links to other workbooks; external links are refused.</source>
            <translation>it links to other workbooks; external links are refused.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="194" />
            <source>two sheets are named "%1".</source>
            <translation>two sheets are named "%1".</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="202" />
            <source>the sheet "%1" has no part.</source>
            <translation>the sheet "%1" has no part.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="216" />
            <source>sheet "%1": %2</source>
            <translation>sheet "%1": %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="332" />
            <source>Can not open %1: %2</source>
            <translation>Can not open %1: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="337" />
            <location filename="../core/officialform/workbookreader.cpp" line="347" />
            <source>%1 is larger than %2 bytes, the limit for a form.</source>
            <translation>%1 is larger than %2 bytes, the limit for a form.</translation>
        </message>
        <message>
            <location filename="../core/officialform/workbookreader.cpp" line="355" />
            <source>Can not write a temporary copy of %1: %2</source>
            <translation>Can not write a temporary copy of %1: %2</translation>
        </message>
        <message>
            <location filename="../core/officialform/xmlguard.cpp" line="28" />
            <source>%1 holds a document type declaration (DTD); a workbook part never needs one, and it could declare entities, so the file is refused.</source>
            <translation>%1 holds a document type declaration (DTD); a workbook part never needs one, and it could declare entities, so the file is refused.</translation>
        </message>
        <message>
            <location filename="../core/officialform/xmlguard.cpp" line="32" />
            <source>%1 refers to an entity "%2"; the file is refused.</source>
            <translation>%1 refers to an entity "%2"; the file is refused.</translation>
        </message>
        <message>
            <location filename="../core/officialform/xmlguard.cpp" line="36" />
            <source>%1 is nested deeper than %2 elements, the limit.</source>
            <translation>%1 is nested deeper than %2 elements, the limit.</translation>
        </message>
        <message>
            <location filename="../core/officialform/xmlguard.cpp" line="44" />
            <source>%1 is not well-formed XML (line %2): %3</source>
            <translation>%1 is not well-formed XML (line %2): %3</translation>
        </message>
    </context>
    <context>
        <name>hoshi::storage::ServerContent</name>
        <message>
            <location filename="../core/storage/servercontent.cpp" line="42" />
            <source>The connection to the server is busy with another statement.</source>
            <translation>The connection to the server is busy with another statement.</translation>
        </message>
    </context>
    <context>
        <name>hoshi::storage::WorkspaceCopy</name>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="194" />
            <source>Cannot copy %1 into %2: %3</source>
            <translation>Cannot copy %1 into %2: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="201" />
            <source>Copy cancelled; nothing was changed in %1.</source>
            <translation>Copy cancelled; nothing was changed in %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="233" />
            <source>Only the owner of the workspace on %1 (or a superuser) can copy records into it with their original authors and times; %2 is neither.</source>
            <translation>Only the owner of the workspace on %1 (or a superuser) can copy records into it with their original authors and times; %2 is neither.</translation>
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
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="250" />
            <source>There is no organisation with the id %1 in %2.</source>
            <translation>There is no organisation with the id %1 in %2.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="268" />
            <source>%1 has the column %2.%3, which %4 does not have; both workspaces must be opened with this version of Hoshi first.</source>
            <translation>%1 has the column %2.%3, which %4 does not have; both workspaces must be opened with this version of Hoshi first.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/storage/workspacecopy.cpp" line="332" />
            <source>%1 %2 (%n record(s))</source>
            <translation>
                <numerusform>%1 %2 (%n record)</numerusform>
                <numerusform>%1 %2 (%n records)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="337" />
            <source>%1 already holds records with the ids of records being copied: %2. Hoshi keeps ids when it copies (approvals, baselines and exports name them), so it copies only into a workspace that holds none of them, such as a new database.</source>
            <translation>%1 already holds records with the ids of records being copied: %2. Hoshi keeps ids when it copies (approvals, baselines and exports name them), so it copies only into a workspace that holds none of them, such as a new database.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="362" />
            <source>%1 already holds a different data revision %2 of the criteria set %3.</source>
            <translation>%1 already holds a different data revision %2 of the criteria set %3.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="379" />
            <source>The setting %1 stays %2 in %3 (the copied workspace has %4).</source>
            <translation>The setting %1 stays %2 in %3 (the copied workspace has %4).</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="474" />
            <source>the column %1 is not known</source>
            <translation>the column %1 is not known</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="531" />
            <source>The stored content %1 in %2 does not match its SHA-256; nothing was copied.</source>
            <translation>The stored content %1 in %2 does not match its SHA-256; nothing was copied.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="621" />
            <source>%1 and %2 are the same workspace.</source>
            <translation>%1 and %2 are the same workspace.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="631" />
            <source>%1 holds the table(s) %2, which this version of Hoshi cannot copy.</source>
            <translation>%1 holds the table(s) %2, which this version of Hoshi cannot copy.</translation>
        </message>
        <message>
            <location filename="../core/storage/workspacecopy.cpp" line="639" />
            <source>Cannot write to %1: %2</source>
            <translation>Cannot write to %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hoshi::sync::SyncEngine</name>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="71" />
            <location filename="../core/sync/syncengine.cpp" line="286" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="78" />
            <source>%1 and %2 are the same workspace.</source>
            <translation>%1 and %2 are the same workspace.</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="86" />
            <source>This version of Hoshi cannot synchronise the table %1.</source>
            <translation>This version of Hoshi cannot synchronise the table %1.</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="103" />
            <source>There is no organisation with the id %1 in %2.</source>
            <translation>There is no organisation with the id %1 in %2.</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="149" />
            <source>No plan to fill.</source>
            <translation>No plan to fill.</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="166" />
            <source>Cannot synchronise %1: %2; nothing was changed in either workspace.</source>
            <translation>Cannot synchronise %1: %2; nothing was changed in either workspace.</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="196" />
            <source>Cannot record the synchronisation in %1: %2; nothing was changed in either workspace.</source>
            <translation>Cannot record the synchronisation in %1: %2; nothing was changed in either workspace.</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="223" />
            <source>Cannot write to %1: %2</source>
            <translation>Cannot write to %1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/sync/syncengine.cpp" line="230" />
            <source>%n conflict(s) between %1 and %2; nothing was written.</source>
            <translation>
                <numerusform>%n conflict between %1 and %2; nothing was written.</numerusform>
                <numerusform>%n conflicts between %1 and %2; nothing was written.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="237" />
            <source>%1 would change, but it is open read-only; nothing was written.</source>
            <translation>%1 would change, but it is open read-only; nothing was written.</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="264" />
            <location filename="../core/sync/syncengine.cpp" line="271" />
            <source>Cannot save %1: %2</source>
            <translation>Cannot save %1: %2</translation>
        </message>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="322" />
            <source>Cannot record in %1 what %2 knew of other copies: %3</source>
            <translation>Cannot record in %1 what %2 knew of other copies: %3</translation>
        </message>
        <message>
            <location filename="../core/sync/syncload.cpp" line="185" />
            <source>the table %1 is missing</source>
            <translation>the table %1 is missing</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="21" />
            <source>setting</source>
            <translation>setting</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="22" />
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="23" />
            <source>product</source>
            <translation>product</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="24" />
            <source>declaration</source>
            <translation>declaration</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="25" />
            <source>declaration name</source>
            <translation>declaration name</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="26" />
            <source>official points</source>
            <translation>official points</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="27" />
            <source>assessment</source>
            <translation>assessment</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="28" />
            <source>point choice</source>
            <translation>point choice</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="29" />
            <source>evidence</source>
            <translation>evidence</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="30" />
            <source>evidence link</source>
            <translation>evidence link</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="31" />
            <source>point link</source>
            <translation>point link</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="32" />
            <source>PSTI statement</source>
            <translation>PSTI statement</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="33" />
            <source>evidence file</source>
            <translation>evidence file</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="34" />
            <source>official form</source>
            <translation>official form</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="35" />
            <source>history entry</source>
            <translation>history entry</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="36" />
            <source>baseline</source>
            <translation>baseline</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="37" />
            <source>review comment</source>
            <translation>review comment</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="38" />
            <source>sign-off</source>
            <translation>sign-off</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="160" />
            <source>the two workspaces have different columns in %1; open both with this version of Hoshi first</source>
            <translation>the two workspaces have different columns in %1; open both with this version of Hoshi first</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="216" />
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../core/sync/syncmerge.cpp" line="298" />
            <source>the conflict %1 (%2) can only be resolved with a or b</source>
            <translation>the conflict %1 (%2) can only be resolved with a or b</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="150" />
            <source>the file content %1 is not readable</source>
            <translation>the file content %1 is not readable</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="192" />
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="198" />
            <source>the stored content %1 does not match its SHA-256</source>
            <translation>the stored content %1 does not match its SHA-256</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="211" />
            <source>cannot remove %1: %2</source>
            <translation>cannot remove %1: %2</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="274" />
            <source>%1 refers to a %2 that is not synchronised with it</source>
            <translation>%1 refers to a %2 that is not synchronised with it</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="329" />
            <source>cannot add %1: %2</source>
            <translation>cannot add %1: %2</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="375" />
            <source>cannot change %1: %2</source>
            <translation>cannot change %1: %2</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="388" />
            <source>a %1 refers to one that is not synchronised with it</source>
            <translation>a %1 refers to one that is not synchronised with it</translation>
        </message>
        <message>
            <location filename="../core/sync/syncwrite.cpp" line="442" />
            <source>the two workspaces hold different data revisions %1 of the criteria set %2</source>
            <translation>the two workspaces hold different data revisions %1 of the criteria set %2</translation>
        </message>
    </context>
</TS>
