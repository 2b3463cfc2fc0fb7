<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>@default</name>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="51" />
            <source>Show only these qubes (filters of the same kind add up, running/halted narrow the others down)</source>
            <translation>Nur diese Qubes anzeigen (Filter derselben Art ergänzen sich, „läuft“/„ausgeschaltet“ schränken die übrigen ein)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="54" />
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="55" />
            <source>Halted</source>
            <translation>Ausgeschaltet</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="56" />
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="57" />
            <source>Standalone</source>
            <translation>Eigenständig</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="58" />
            <source>Disposables</source>
            <translation>Einweg-Qubes</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="58" />
            <source>Disposables and disposable templates</source>
            <translation>Einweg-Qubes und Einweg-Vorlagen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="60" />
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="60" />
            <source>Qubes that provide network to others</source>
            <translation>Qubes, die anderen Netzwerk bereitstellen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="61" />
            <source>App qubes, standalones and disposables you work in: not service qubes (network, USB…), disposable templates or internal qubes</source>
            <translation>App-Qubes, eigenständige und Einweg-Qubes, in denen Sie arbeiten: keine Dienst-Qubes (Netzwerk, USB…), Einweg-Vorlagen oder internen Qubes</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="61" />
            <source>My qubes</source>
            <translation>Meine Qubes</translation>
        </message>
    </context>
    <context>
        <name>AdvancedTab</name>
        <message>
            <location filename="../ui/settings_advanced.ui" line="9" />
            <source>Memory</source>
            <translation>Arbeitsspeicher</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="13" />
            <source>&amp;Initial memory:</source>
            <translation>&amp;Anfänglicher Speicher:</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="14" />
            <source>memory_spin</source>
            <translation>memory_spin</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="20" />
            <source>Initial memory</source>
            <translation>Anfänglicher Speicher</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="28" />
            <source>Include in memory &amp;balancing</source>
            <translation>In die Speicherverteilung ein&amp;beziehen</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="29" />
            <source>Include in memory balancing</source>
            <translation>In die Speicherverteilung einbeziehen</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="34" />
            <source>Ma&amp;x memory:</source>
            <translation>Ma&amp;ximaler Speicher:</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="35" />
            <source>maxmem_spin</source>
            <translation>maxmem_spin</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="41" />
            <source>Max memory</source>
            <translation>Maximaler Speicher</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="42" />
            <source> MiB</source>
            <translation> MiB</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="49" />
            <source>Memory warning</source>
            <translation>Speicherwarnung</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="58" />
            <source>CPU and kernel</source>
            <translation>CPU und Kernel</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="62" />
            <source>&amp;VCPUs:</source>
            <translation>&amp;VCPUs:</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="63" />
            <source>vcpus_spin</source>
            <translation>vcpus_spin</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="71" />
            <source>VCPUs</source>
            <translation>VCPUs</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="76" />
            <source>&amp;Kernel:</source>
            <translation>&amp;Kernel:</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="77" />
            <source>kernel_combo</source>
            <translation>kernel_combo</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="83" />
            <source>Kernel</source>
            <translation>Kernel</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="88" />
            <source>Kernel &amp;options:</source>
            <translation>Kernel-&amp;Optionen:</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="89" />
            <source>kernelopts_edit</source>
            <translation>kernelopts_edit</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="95" />
            <source>Kernel options</source>
            <translation>Kernel-Optionen</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="100" />
            <source>Virtualization &amp;mode:</source>
            <translation>Virtualisierungs&amp;modus:</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="101" />
            <source>virt_mode_combo</source>
            <translation>virt_mode_combo</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="107" />
            <source>Virtualization mode</source>
            <translation>Virtualisierungsmodus</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="113" />
            <source>Virtualization warning</source>
            <translation>Warnung zur Virtualisierung</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="122" />
            <source>Disposables and network</source>
            <translation>Einweg-Qubes und Netzwerk</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="126" />
            <source>Default &amp;disposable template:</source>
            <translation>Standard-&amp;Einweg-Vorlage:</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="127" />
            <source>default_dispvm_combo</source>
            <translation>default_dispvm_combo</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="133" />
            <source>Default disposable template</source>
            <translation>Standard-Einweg-Vorlage</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="138" />
            <source>Disposable &amp;template (other qubes can start disposables from it)</source>
            <translation>Einweg-Vorla&amp;ge (andere Qubes können daraus Einweg-Qubes starten)</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="139" />
            <source>Disposable template (other qubes can start disposables from it)</source>
            <translation>Einweg-Vorlage (andere Qubes können daraus Einweg-Qubes starten)</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="144" />
            <source>&amp;Provides network access to other qubes</source>
            <translation>Stellt anderen Qubes &amp;Netzwerkzugang bereit</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="145" />
            <source>Provides network access to other qubes</source>
            <translation>Stellt anderen Qubes Netzwerkzugang bereit</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="150" />
            <source>Boot &amp;qube from CD-ROM or block device…</source>
            <translation>&amp;Qube von CD-ROM oder Blockgerät starten…</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="151" />
            <source>Boot qube from CD-ROM or block device…</source>
            <translation>Qube von CD-ROM oder Blockgerät starten…</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="160" />
            <source>Volume revisions</source>
            <translation>Revisionen des Volumes</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="166" />
            <source>Vo&amp;lume:</source>
            <translation>Vo&amp;lume:</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="167" />
            <source>volume_combo</source>
            <translation>volume_combo</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="173" />
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="186" />
            <source>Revisions</source>
            <translation>Revisionen</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="194" />
            <source>&amp;Revert to selected revision</source>
            <translation>Auf ausgewählte Revision &amp;zurücksetzen</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="196" />
            <source>Revert to selected revision</source>
            <translation>Auf ausgewählte Revision zurücksetzen</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="210" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="220" />
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsTab</name>
        <message>
            <location filename="../ui/settings_applications.ui" line="12" />
            <source>A&amp;vailable applications:</source>
            <translation>&amp;Verfügbare Anwendungen:</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="13" />
            <source>available_list</source>
            <translation>available_list</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="19" />
            <source>Available applications</source>
            <translation>Verfügbare Anwendungen</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="35" />
            <source>&amp;Add →</source>
            <translation>&amp;Hinzufügen →</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="36" />
            <source>Add to menu</source>
            <translation>Zum Menü hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="41" />
            <source>← &amp;Remove</source>
            <translation>← &amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="42" />
            <source>Remove from menu</source>
            <translation>Aus dem Menü entfernen</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="57" />
            <source>&amp;Shown in the application menu:</source>
            <translation>Im Anwendungsmenü an&amp;gezeigt:</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="58" />
            <source>selected_list</source>
            <translation>selected_list</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="59" />
            <source>Shown in the application menu</source>
            <translation>Im Anwendungsmenü angezeigt</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="64" />
            <source>Applications in menu</source>
            <translation>Anwendungen im Menü</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="76" />
            <source>Re&amp;fresh applications</source>
            <translation>Anwendungen &amp;aktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="77" />
            <source>Refresh applications</source>
            <translation>Anwendungen aktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="91" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="98" />
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
    </context>
    <context>
        <name>BackupDestinationPage</name>
        <message>
            <location filename="../ui/backup_destination.ui" line="8" />
            <source>Destination &amp;qube:</source>
            <translation>Ziel-&amp;Qube:</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="14" />
            <source>Destination qube</source>
            <translation>Ziel-Qube</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="19" />
            <source>&amp;Path:</source>
            <translation>&amp;Pfad:</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="27" />
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="32" />
            <source>B&amp;rowse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="33" />
            <source>Browse</source>
            <translation>Durchsuchen</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="40" />
            <source>Free space</source>
            <translation>Freier Platz</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="46" />
            <source>P&amp;assphrase:</source>
            <translation>P&amp;assphrase:</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="52" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="58" />
            <source>&amp;Confirm:</source>
            <translation>&amp;Bestätigen:</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="64" />
            <source>Confirm passphrase</source>
            <translation>Passphrase bestätigen</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="70" />
            <source>Passphrase problem</source>
            <translation>Problem mit der Passphrase</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="76" />
            <source>Compress the backup</source>
            <translation>Sicherung komprimieren</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="77" />
            <source>Co&amp;mpress the backup</source>
            <translation>Sicherung ko&amp;mprimieren</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="82" />
            <source>Save these settings as default</source>
            <translation>Diese Einstellungen als Standard speichern</translation>
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="83" />
            <source>&amp;Save these settings as default (without the passphrase)</source>
            <translation>Diese Einstellungen als Standard &amp;speichern (ohne Passphrase)</translation>
        </message>
    </context>
    <context>
        <name>BackupWizard</name>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="214" />
            <source>Qubes Backup</source>
            <translation>Qubes-Sicherung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="215" />
            <source>Back up qubes</source>
            <translation>Qubes sichern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="249" />
            <source>Cancel backup</source>
            <translation>Sicherung abbrechen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="262" />
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>BasicTab</name>
        <message>
            <location filename="../ui/settings_basic.ui" line="9" />
            <source>Qube</source>
            <translation>Qube</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="13" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="14" />
            <source>name_edit</source>
            <translation>name_edit</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="23" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="28" />
            <source>&amp;Rename…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="29" />
            <source>Rename the qube (only while it is halted)</source>
            <translation>Qube umbenennen (nur im ausgeschalteten Zustand)</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="30" />
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="37" />
            <source>&amp;Label:</source>
            <translation>&amp;Label:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="38" />
            <source>label_combo</source>
            <translation>label_combo</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="44" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="49" />
            <source>&amp;Template:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="50" />
            <source>template_combo</source>
            <translation>template_combo</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="56" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="61" />
            <source>Net &amp;qube:</source>
            <translation>Netz-&amp;Qube:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="62" />
            <source>netvm_combo</source>
            <translation>netvm_combo</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="68" />
            <source>Net qube</source>
            <translation>Netz-Qube</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="75" />
            <source>Net qube warning</source>
            <translation>Warnung zum Netz-Qube</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="84" />
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="88" />
            <source>Include in &amp;backups by default</source>
            <translation>Standardmäßig in &amp;Sicherungen aufnehmen</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="89" />
            <source>Include in backups by default</source>
            <translation>Standardmäßig in Sicherungen aufnehmen</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="94" />
            <source>&amp;Start qube automatically on boot</source>
            <translation>Qube beim Systemstart &amp;automatisch starten</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="95" />
            <source>Start qube automatically on boot</source>
            <translation>Qube beim Systemstart automatisch starten</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="100" />
            <source>Run in &amp;debug mode</source>
            <translation>Im &amp;Debug-Modus ausführen</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="101" />
            <source>Run in debug mode</source>
            <translation>Im Debug-Modus ausführen</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="110" />
            <source>Disk storage</source>
            <translation>Datenträger</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="114" />
            <source>&amp;Private storage max size:</source>
            <translation>Maximalgröße des &amp;privaten Speichers:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="115" />
            <source>private_size_spin</source>
            <translation>private_size_spin</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="123" />
            <source>Private storage max size</source>
            <translation>Maximalgröße des privaten Speichers</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="130" />
            <source>Private storage usage</source>
            <translation>Belegung des privaten Speichers</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="137" />
            <source>S&amp;ystem storage max size:</source>
            <translation>Maximalgröße des S&amp;ystemspeichers:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="138" />
            <source>root_size_spin</source>
            <translation>root_size_spin</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="146" />
            <source>System storage max size</source>
            <translation>Maximalgröße des Systemspeichers</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="147" />
            <source> MiB</source>
            <translation> MiB</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="153" />
            <source>System storage usage</source>
            <translation>Belegung des Systemspeichers</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="160" />
            <source>Disk revisions kept:</source>
            <translation>Aufbewahrte Datenträger-Revisionen:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="161" />
            <source>revisions_label</source>
            <translation>revisions_label</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="167" />
            <source>Disk revisions kept</source>
            <translation>Aufbewahrte Datenträger-Revisionen</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="173" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="182" />
            <source>Information</source>
            <translation>Informationen</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="186" />
            <source>Type:</source>
            <translation>Typ:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="187" />
            <source>class_label</source>
            <translation>class_label</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="193" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="198" />
            <source>IP address:</source>
            <translation>IP-Adresse:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="199" />
            <source>ip_label</source>
            <translation>ip_label</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="205" />
            <source>IP address</source>
            <translation>IP-Adresse</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="211" />
            <source>Gateway:</source>
            <translation>Gateway:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="212" />
            <source>gateway_label</source>
            <translation>gateway_label</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="218" />
            <source>Gateway</source>
            <translation>Gateway</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="223" />
            <source>DNS:</source>
            <translation>DNS:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="224" />
            <source>dns_label</source>
            <translation>dns_label</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="230" />
            <source>DNS</source>
            <translation>DNS</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="235" />
            <source>Created by:</source>
            <translation>Erstellt von:</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="236" />
            <source>created_by_label</source>
            <translation>created_by_label</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="242" />
            <source>Created by</source>
            <translation>Erstellt von</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="252" />
            <source>&amp;Clone qube…</source>
            <translation>Qube &amp;klonen…</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="253" />
            <source>Clone qube…</source>
            <translation>Qube klonen…</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="258" />
            <source>Del&amp;ete qube…</source>
            <translation>Qube lösc&amp;hen…</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="259" />
            <source>Delete qube…</source>
            <translation>Qube löschen…</translation>
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="274" />
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
    </context>
    <context>
        <name>BootDeviceDialog</name>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="5" />
            <source>Boot qube from device</source>
            <translation>Qube von Gerät starten</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="11" />
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="16" />
            <source>From an existing &amp;block device:</source>
            <translation>Von einem vorhandenen &amp;Blockgerät:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="18" />
            <source>From an existing block device</source>
            <translation>Von einem vorhandenen Blockgerät</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="23" />
            <source>Block device</source>
            <translation>Blockgerät</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="28" />
            <source>From an &amp;ISO file in a qube:</source>
            <translation>Von einer &amp;ISO-Datei in einem Qube:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="29" />
            <source>From an ISO file in a qube</source>
            <translation>Von einer ISO-Datei in einem Qube</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="36" />
            <source>Qube holding the file</source>
            <translation>Qube, der die Datei enthält</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="41" />
            <source>File path</source>
            <translation>Dateipfad</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="42" />
            <source>/home/user/install.iso</source>
            <translation>/home/user/install.iso</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="50" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="56" />
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
    </context>
    <context>
        <name>BulkProgressDialog</name>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="72" />
            <source>Qube</source>
            <translation>Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="72" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="76" />
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="95" />
            <source>Working…</source>
            <translation>In Arbeit…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="113" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="115" />
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="118" />
            <source>Failed: {}</source>
            <translation>Fehlgeschlagen: {}</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/widgets/progress.py" line="132" />
            <source>%n succeeded</source>
            <translation>
                <numerusform>%n erfolgreich</numerusform>
                <numerusform>%n erfolgreich</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/widgets/progress.py" line="134" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/widgets/progress.py" line="136" />
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n abgebrochen</numerusform>
                <numerusform>%n abgebrochen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="165" />
            <source>Cancelling: calls already sent will finish, the others are skipped.</source>
            <translation>Abbruch: bereits gesendete Aufrufe laufen zu Ende, die übrigen werden übersprungen.</translation>
        </message>
    </context>
    <context>
        <name>ChooserDialog</name>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="84" />
            <source>&amp;Choice:</source>
            <translation>&amp;Auswahl:</translation>
        </message>
    </context>
    <context>
        <name>CloneQubeDialog</name>
        <message>
            <location filename="../ui/dialog_clone.ui" line="5" />
            <source>Clone qube</source>
            <translation>Qube klonen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="11" />
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="12" />
            <source>source_label</source>
            <translation>source_label</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="13" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="18" />
            <source>Source qube</source>
            <translation>Quell-Qube</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="23" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="24" />
            <source>name_edit</source>
            <translation>name_edit</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="30" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="37" />
            <source>Name problem</source>
            <translation>Problem mit dem Namen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="42" />
            <source>&amp;Label:</source>
            <translation>&amp;Label:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="43" />
            <source>label_combo</source>
            <translation>label_combo</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="49" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="54" />
            <source>Storage &amp;pool:</source>
            <translation>Speicher&amp;pool:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="55" />
            <source>pool_combo</source>
            <translation>pool_combo</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="61" />
            <source>Storage pool</source>
            <translation>Speicherpool</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="66" />
            <source>Open &amp;settings after cloning</source>
            <translation>Nach dem Klonen die &amp;Einstellungen öffnen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="67" />
            <source>Open settings after cloning</source>
            <translation>Nach dem Klonen die Einstellungen öffnen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="75" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="81" />
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
    </context>
    <context>
        <name>CommandDialog</name>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="162" />
            <source>Run command</source>
            <translation>Befehl ausführen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="167" />
            <source>Command to run in {}:</source>
            <translation>In {} auszuführender Befehl:</translation>
        </message>
    </context>
    <context>
        <name>CreateQubeDialog</name>
        <message>
            <location filename="../ui/dialog_create.ui" line="5" />
            <source>Create new qube</source>
            <translation>Neuen Qube anlegen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="11" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="12" />
            <source>name_edit</source>
            <translation>name_edit</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="18" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="25" />
            <source>Name problem</source>
            <translation>Problem mit dem Namen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="30" />
            <source>&amp;Label:</source>
            <translation>&amp;Label:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="31" />
            <source>label_combo</source>
            <translation>label_combo</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="37" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="42" />
            <source>T&amp;ype:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="43" />
            <source>klass_combo</source>
            <translation>klass_combo</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="49" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="54" />
            <source>&amp;Template:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="55" />
            <source>template_combo</source>
            <translation>template_combo</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="61" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="66" />
            <source>Net &amp;qube:</source>
            <translation>Netz-&amp;Qube:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="67" />
            <source>netvm_combo</source>
            <translation>netvm_combo</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="73" />
            <source>Net qube</source>
            <translation>Netz-Qube</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="78" />
            <source>Storage &amp;pool:</source>
            <translation>Speicher&amp;pool:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="79" />
            <source>pool_combo</source>
            <translation>pool_combo</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="85" />
            <source>Storage pool</source>
            <translation>Speicherpool</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="90" />
            <source>P&amp;rovides network access to other qubes</source>
            <translation>Stellt anderen Qubes Netzwerkzugang &amp;bereit</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="91" />
            <source>Provides network access to other qubes</source>
            <translation>Stellt anderen Qubes Netzwerkzugang bereit</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="96" />
            <source>&amp;Install an operating system from a device after creation (HVM, own kernel)</source>
            <translation>Nach dem Anlegen ein Betriebssystem von einem Gerät &amp;installieren (HVM, eigener Kernel)</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="97" />
            <source>Install an operating system from a device after creation (HVM, own kernel)</source>
            <translation>Nach dem Anlegen ein Betriebssystem von einem Gerät installieren (HVM, eigener Kernel)</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="102" />
            <source>Open &amp;settings after creation</source>
            <translation>Nach dem Anlegen die &amp;Einstellungen öffnen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="103" />
            <source>Open settings after creation</source>
            <translation>Nach dem Anlegen die Einstellungen öffnen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="111" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="117" />
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
    </context>
    <context>
        <name>DestinationPage</name>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="23" />
            <source>The passphrase is empty.</source>
            <translation>Die Passphrase ist leer.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="23" />
            <source>The passphrase must not contain line breaks or control characters.</source>
            <translation>Die Passphrase darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="183" />
            <source>Destination and encryption</source>
            <translation>Ziel und Verschlüsselung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="184" />
            <source>The archive is encrypted and authenticated with the passphrase; it cannot be restored without it.</source>
            <translation>Das Archiv wird mit der Passphrase verschlüsselt und authentifiziert; ohne sie lässt es sich nicht wiederherstellen.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="189" />
            <source>directory, or a command in the qube that receives the archive</source>
            <translation>Verzeichnis oder ein Befehl im Qube, der das Archiv entgegennimmt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="221" />
            <source>Backup directory</source>
            <translation>Sicherungsverzeichnis</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="232" />
            <source>The passphrases do not match.</source>
            <translation>Die Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="245" />
            <source>Free space in the qube cannot be checked from here.</source>
            <translation>Der freie Platz im Qube lässt sich von hier aus nicht prüfen.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="248" />
            <source>Free space there: %1; the selected qubes use %2.</source>
            <translation>Freier Platz dort: %1; die ausgewählten Qubes belegen %2.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="253" />
            <source>The archive may not fit (it is smaller only if it compresses well).</source>
            <translation>Das Archiv passt eventuell nicht (kleiner wird es nur, wenn es sich gut komprimieren lässt).</translation>
        </message>
    </context>
    <context>
        <name>DevicesTab</name>
        <message>
            <location filename="../ui/settings_devices.ui" line="10" />
            <source>Devices warning</source>
            <translation>Warnung zu Geräten</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="19" />
            <source>A&amp;vailable PCI devices:</source>
            <translation>&amp;Verfügbare PCI-Geräte:</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="20" />
            <source>available_list</source>
            <translation>available_list</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="26" />
            <source>Filter devices</source>
            <translation>Geräte filtern</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="27" />
            <source>Filter: vendor, product or address</source>
            <translation>Filter: Hersteller, Produkt oder Adresse</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="33" />
            <source>Available PCI devices</source>
            <translation>Verfügbare PCI-Geräte</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="49" />
            <source>&amp;Add →</source>
            <translation>&amp;Hinzufügen →</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="50" />
            <source>Assign selected devices</source>
            <translation>Ausgewählte Geräte zuweisen</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="55" />
            <source>← &amp;Remove</source>
            <translation>← &amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="56" />
            <source>Unassign selected devices</source>
            <translation>Zuweisung der ausgewählten Geräte aufheben</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="71" />
            <source>Devices always &amp;connected to this qube:</source>
            <translation>Immer mit diesem Qube verbundene &amp;Geräte:</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="72" />
            <source>assigned_list</source>
            <translation>assigned_list</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="73" />
            <source>Devices always connected to this qube</source>
            <translation>Immer mit diesem Qube verbundene Geräte</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="78" />
            <source>Assigned PCI devices</source>
            <translation>Zugewiesene PCI-Geräte</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="89" />
            <source>Options of the selected assigned device</source>
            <translation>Optionen des ausgewählten zugewiesenen Geräts</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="93" />
            <source>No &amp;strict reset (use only after a reset error: the device may leak data between qubes)</source>
            <translation>Kein &amp;strikter Reset (nur nach einem Reset-Fehler verwenden: das Gerät kann Daten zwischen Qubes durchsickern lassen)</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="94" />
            <source>No strict reset (use only after a reset error: the device may leak data between qubes)</source>
            <translation>Kein strikter Reset (nur nach einem Reset-Fehler verwenden: das Gerät kann Daten zwischen Qubes durchsickern lassen)</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="99" />
            <source>&amp;Permissive mode (lets the qube write the device's whole configuration space)</source>
            <translation>&amp;Permissiver Modus (der Qube darf den gesamten Konfigurationsbereich des Geräts schreiben)</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="100" />
            <source>Permissive mode (lets the qube write the device's whole configuration space)</source>
            <translation>Permissiver Modus (der Qube darf den gesamten Konfigurationsbereich des Geräts schreiben)</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="109" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="116" />
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="69" />
            <source>Boot %s from a device</source>
            <translation>%s von einem Gerät starten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="74" />
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="85" />
            <source>%s is running: shut it down first, the device is used at boot.</source>
            <translation>%s läuft: fahren Sie ihn zuerst herunter, das Gerät wird beim Start verwendet.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="88" />
            <source>%s is not in HVM mode: only HVM qubes can boot from a CD-ROM or disk image (Advanced tab).</source>
            <translation>%s ist nicht im HVM-Modus: nur HVM-Qubes können von einer CD-ROM oder einem Datenträgerabbild starten (Reiter „Erweitert“).</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="93" />
            <source>Looking for block devices…</source>
            <translation>Suche nach Blockgeräten…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="105" />
            <source>No block device is available.</source>
            <translation>Kein Blockgerät verfügbar.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="109" />
            <source>Could not list block devices: %s</source>
            <translation>Blockgeräte konnten nicht aufgelistet werden: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="134" />
            <source>%s exposes no loop device for that file. In the qube, run 'sudo losetup -f --show FILE' (it needs to be running), then try again.</source>
            <translation>%s stellt für diese Datei kein Loop-Gerät bereit. Führen Sie im Qube 'sudo losetup -f --show FILE' aus (er muss dazu laufen) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="134" />
            <source>The qube</source>
            <translation>Der Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="145" />
            <source>Starting %s from %s…</source>
            <translation>%s wird von %s gestartet…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="150" />
            <source>Could not start: %s</source>
            <translation>Start fehlgeschlagen: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="151" />
            <source>Could not start %s</source>
            <translation>%s konnte nicht gestartet werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="49" />
            <source>Clone %s</source>
            <translation>%s klonen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="62" />
            <source>Clone</source>
            <translation>Klonen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="67" />
            <source>Cloning progress</source>
            <translation>Fortschritt des Klonens</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="70" />
            <source>%s cannot be cloned.</source>
            <translation>%s kann nicht geklont werden.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="77" />
            <source>This qube cannot be cloned.</source>
            <translation>Dieser Qube kann nicht geklont werden.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="89" />
            <source>Cloning %s to %s (copying its disks)…</source>
            <translation>%s wird nach %s geklont (Datenträger werden kopiert)…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="110" />
            <source>Could not clone: %s</source>
            <translation>Klonen fehlgeschlagen: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="111" />
            <source>Could not clone %s</source>
            <translation>%s konnte nicht geklont werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="124" />
            <source>Clone qube</source>
            <translation>Qube klonen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="124" />
            <source>No qube named %s.</source>
            <translation>Es gibt keinen Qube namens %s.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clonejob.py" line="49" />
            <source>Cloning was cancelled, but the new qube %s could not be removed: %s</source>
            <translation>Das Klonen wurde abgebrochen, aber der neue Qube %s konnte nicht entfernt werden: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clonejob.py" line="58" />
            <source>Cloning was cancelled before it started.</source>
            <translation>Das Klonen wurde vor dem Beginn abgebrochen.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clonejob.py" line="62" />
            <source>Cloning was cancelled; the copy %s was removed.</source>
            <translation>Das Klonen wurde abgebrochen; die Kopie %s wurde entfernt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/common.py" line="20" />
            <source>Type a name for the qube.</source>
            <translation>Geben Sie einen Namen für den Qube ein.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="22" />
            <source>App qube</source>
            <translation>App-Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="22" />
            <source>Named disposable</source>
            <translation>Benannter Einweg-Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="22" />
            <source>Standalone qube</source>
            <translation>Eigenständiger Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="22" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="45" />
            <source>Creating %s was cancelled; it was removed.</source>
            <translation>Das Anlegen von %s wurde abgebrochen; er wurde entfernt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="57" />
            <source>%s was created, but configuring it failed: %s</source>
            <translation>%s wurde angelegt, aber die Einrichtung schlug fehl: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="104" />
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="110" />
            <source>Creation progress</source>
            <translation>Fortschritt des Anlegens</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="124" />
            <source>The template the qube's system is based on</source>
            <translation>Die Vorlage, auf der das System des Qubes beruht</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="130" />
            <source>The disposable template to start from</source>
            <translation>Die Einweg-Vorlage, aus der gestartet wird</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="137" />
            <source>Copy this template, or (none) for an empty qube to install an operating system in</source>
            <translation>Diese Vorlage kopieren, oder (keiner) für einen leeren Qube, in den ein Betriebssystem installiert wird</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="166" />
            <source>Creating %s…</source>
            <translation>%s wird angelegt…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="176" />
            <source>Created %s.</source>
            <translation>%s angelegt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="189" />
            <source>Could not create the qube: %s</source>
            <translation>Der Qube konnte nicht angelegt werden: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="190" />
            <source>Could not create the qube</source>
            <translation>Der Qube konnte nicht angelegt werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="199" />
            <source>Create new qube</source>
            <translation>Neuen Qube anlegen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/logs.py" line="85" />
            <source>Logs: %s</source>
            <translation>Protokolle: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/logs.py" line="108" />
            <source>No logs of %s in %s.</source>
            <translation>Keine Protokolle von %s in %s.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/logs.py" line="125" />
            <source>Reading…</source>
            <translation>Wird gelesen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/logs.py" line="143" />
            <source>Showing the last %d lines.</source>
            <translation>Die letzten %d Zeilen werden angezeigt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/logs.py" line="152" />
            <source>Cannot read the log: %s</source>
            <translation>Das Protokoll kann nicht gelesen werden: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="50" />
            <source>not deleted: cancelled</source>
            <translation>nicht gelöscht: abgebrochen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="72" />
            <source>Delete %d qubes</source>
            <translation>%d Qubes löschen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="72" />
            <source>Delete %s</source>
            <translation>%s löschen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="75" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="106" />
            <source>%s does not exist any more.</source>
            <translation>%s existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="110" />
            <source>dom0 cannot be deleted.</source>
            <translation>dom0 kann nicht gelöscht werden.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="112" />
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="113" />
            <source>%s is running: shut it down first.</source>
            <translation>%s läuft: fahren Sie ihn zuerst herunter.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="115" />
            <source>installed by the package manager</source>
            <translation>von der Paketverwaltung installiert</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="116" />
            <source>%s was installed by the package manager: remove its package instead.</source>
            <translation>%s wurde von der Paketverwaltung installiert: entfernen Sie stattdessen sein Paket.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="125" />
            <source>global setting %s</source>
            <translation>globale Einstellung %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="127" />
            <source>%s — uses %s</source>
            <translation>%s — verwendet %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="131" />
            <source>%d settings still use the qubes to delete.</source>
            <translation>%d Einstellungen verwenden noch die zu löschenden Qubes.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="132" />
            <source>These settings use the qubes and must be changed first (in the qube's settings or the global settings):</source>
            <translation>Diese Einstellungen verwenden die Qubes und müssen zuerst geändert werden (in den Einstellungen des Qubes oder den globalen Einstellungen):</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="136" />
            <source>No other qube or global setting uses them.</source>
            <translation>Kein anderer Qube und keine globale Einstellung verwendet sie.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="137" />
            <source>Deleting removes the qubes and all their data for good. This cannot be undone; make a backup first if you may need them.</source>
            <translation>Löschen entfernt die Qubes mit all ihren Daten endgültig. Das lässt sich nicht rückgängig machen; legen Sie zuerst eine Sicherung an, falls Sie sie noch brauchen könnten.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="140" />
            <source>Type &lt;b&gt;%s&lt;/b&gt; to confirm:</source>
            <translation>Zur Bestätigung &lt;b&gt;%s&lt;/b&gt; eingeben:</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="140" />
            <source>Type the number of qubes to delete (&lt;b&gt;%s&lt;/b&gt;) to confirm:</source>
            <translation>Zur Bestätigung die Anzahl der zu löschenden Qubes (&lt;b&gt;%s&lt;/b&gt;) eingeben:</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="162" />
            <source>Deleting %s…</source>
            <translation>%s wird gelöscht…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="177" />
            <source>Stopping after the qube being deleted…</source>
            <translation>Anhalten nach dem gerade gelöschten Qube…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="190" />
            <source>%s: %s</source>
            <translation>%s: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="193" />
            <source>Deleted: %s</source>
            <translation>Gelöscht: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="195" />
            <source>Not deleted (cancelled): %s</source>
            <translation>Nicht gelöscht (abgebrochen): %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="197" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="201" />
            <source>Some qubes could not be deleted:</source>
            <translation>Einige Qubes konnten nicht gelöscht werden:</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="203" />
            <source>Delete qubes</source>
            <translation>Qubes löschen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="203" />
            <source>Some qubes could not be deleted.</source>
            <translation>Einige Qubes konnten nicht gelöscht werden.</translation>
        </message>
    </context>
    <context>
        <name>DomainsTray</name>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="90" />
            <source>Qubes domains</source>
            <translation>Qubes-Domänen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="130" />
            <source>Memory  CPU</source>
            <translation>Speicher  CPU</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="130" />
            <source>Qube</source>
            <translation>Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="133" />
            <source>dom0 tools</source>
            <translation>dom0-Werkzeuge</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="136" />
            <source>Global settings…</source>
            <translation>Globale Einstellungen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="138" />
            <source>Template manager…</source>
            <translation>Vorlagenverwaltung…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="142" />
            <source>No qubes running</source>
            <translation>Keine Qubes laufen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="146" />
            <source>Internal qubes</source>
            <translation>Interne Qubes</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="148" />
            <source>Unpause all</source>
            <translation>Alle fortsetzen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="151" />
            <source>Open Qube Manager</source>
            <translation>Qube-Manager öffnen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="282" />
            <source>Qubes daemon unreachable</source>
            <translation>Qubes-Dienst nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="282" />
            <source>The menu shows the last known state until the connection is back.</source>
            <translation>Das Menü zeigt den letzten bekannten Stand, bis die Verbindung wieder besteht.</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/tray/applet.py" line="316" />
            <source>Qubes: %n running</source>
            <translation>
                <numerusform>Qubes: %n läuft</numerusform>
                <numerusform>Qubes: %n laufen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="320" />
            <source>Memory in use: {size} of {total} ({pct} %)</source>
            <translation>Belegter Speicher: {size} von {total} ({pct} %)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="325" />
            <source>Memory in use: {size}</source>
            <translation>Belegter Speicher: {size}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="345" />
            <source>Qubes Domains</source>
            <translation>Qubes-Domänen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="347" />
            <source>No system tray is available on this desktop, so the domains menu is shown in this window.</source>
            <translation>Diese Arbeitsumgebung hat keinen Benachrichtigungsbereich, daher wird das Domänenmenü in diesem Fenster angezeigt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="352" />
            <source>Qubes…</source>
            <translation>Qubes…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="353" />
            <source>Open the domains menu</source>
            <translation>Domänenmenü öffnen</translation>
        </message>
    </context>
    <context>
        <name>FirewallRuleDialog</name>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="5" />
            <source>Firewall rule</source>
            <translation>Firewall-Regel</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="11" />
            <source>&amp;Action:</source>
            <translation>&amp;Aktion:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="12" />
            <source>action_combo</source>
            <translation>action_combo</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="18" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="23" />
            <source>A&amp;ddress:</source>
            <translation>A&amp;dresse:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="24" />
            <source>address_edit</source>
            <translation>address_edit</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="30" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="31" />
            <source>example.com, 192.168.1.0/24, 2001:db8::/32 or empty for any</source>
            <translation>example.com, 192.168.1.0/24, 2001:db8::/32 oder leer für beliebig</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="36" />
            <source>&amp;Protocol:</source>
            <translation>&amp;Protokoll:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="37" />
            <source>proto_combo</source>
            <translation>proto_combo</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="43" />
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="48" />
            <source>Port or &amp;service:</source>
            <translation>Port oder Die&amp;nst:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="49" />
            <source>port_edit</source>
            <translation>port_edit</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="55" />
            <source>Port or service</source>
            <translation>Port oder Dienst</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="56" />
            <source>443, 8000-8080 or https</source>
            <translation>443, 8000-8080 oder https</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="61" />
            <source>ICMP &amp;type:</source>
            <translation>ICMP-&amp;Typ:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="62" />
            <source>icmptype_edit</source>
            <translation>icmptype_edit</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="68" />
            <source>ICMP type</source>
            <translation>ICMP-Typ</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="69" />
            <source>any</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="74" />
            <source>Rule &amp;expires at:</source>
            <translation>Regel &amp;läuft ab am:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="75" />
            <source>Rule expires at</source>
            <translation>Regel läuft ab am</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="80" />
            <source>Expiry time</source>
            <translation>Ablaufzeit</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="86" />
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="87" />
            <source>comment_edit</source>
            <translation>comment_edit</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="93" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="101" />
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="102" />
            <source>Filtering works on IP addresses: a host name is resolved when the rules are applied.</source>
            <translation>Gefiltert wird nach IP-Adressen: ein Hostname wird aufgelöst, wenn die Regeln angewendet werden.</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="108" />
            <source>Rule problem</source>
            <translation>Problem mit der Regel</translation>
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="114" />
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
    </context>
    <context>
        <name>FirewallTab</name>
        <message>
            <location filename="../ui/settings_firewall.ui" line="10" />
            <source>Firewall warning</source>
            <translation>Firewall-Warnung</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="15" />
            <source>&amp;Allow all outgoing Internet connections</source>
            <translation>Alle ausgehenden Internetverbindungen erl&amp;auben</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="16" />
            <source>Allow all outgoing Internet connections</source>
            <translation>Alle ausgehenden Internetverbindungen erlauben</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="21" />
            <source>&amp;Limit outgoing Internet connections to the rules below</source>
            <translation>Ausgehende Internetverbindungen auf die folgenden Regeln be&amp;schränken</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="22" />
            <source>Limit outgoing Internet connections to the rules below</source>
            <translation>Ausgehende Internetverbindungen auf die folgenden Regeln beschränken</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="27" />
            <source>Firewall rules</source>
            <translation>Firewall-Regeln</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="31" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="32" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="33" />
            <source>Port or service</source>
            <translation>Port oder Dienst</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="34" />
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="35" />
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="36" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="43" />
            <source>A&amp;dd…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="44" />
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="49" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="50" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="55" />
            <source>Re&amp;move</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="56" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="61" />
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="62" />
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="67" />
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="68" />
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="83" />
            <source>Temporarily allow &amp;full access for</source>
            <translation>&amp;Vollen Zugriff vorübergehend erlauben für</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="84" />
            <source>Temporarily allow full access for</source>
            <translation>Vollen Zugriff vorübergehend erlauben für</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="92" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="93" />
            <source>Minutes of full access</source>
            <translation>Minuten mit vollem Zugriff</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="106" />
            <source>Allow D&amp;NS queries</source>
            <translation>D&amp;NS-Anfragen erlauben</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="107" />
            <source>Allow DNS queries</source>
            <translation>DNS-Anfragen erlauben</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="112" />
            <source>Allow &amp;ICMP traffic (ping)</source>
            <translation>&amp;ICMP-Verkehr erlauben (Ping)</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="113" />
            <source>Allow ICMP traffic (ping)</source>
            <translation>ICMP-Verkehr erlauben (Ping)</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="119" />
            <source>Firewall note</source>
            <translation>Hinweis zur Firewall</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="120" />
            <source>Rules are checked in order; traffic no rule allows is dropped. To block all traffic, set the net qube to none.</source>
            <translation>Die Regeln werden der Reihe nach geprüft; Verkehr, den keine Regel erlaubt, wird verworfen. Um jeglichen Verkehr zu sperren, den Netz-Qube auf „keiner“ setzen.</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="126" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="133" />
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
    </context>
    <context>
        <name>GlobalSettingsWindow</name>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="103" />
            <source>Pool for kernel volumes</source>
            <translation>Pool für Kernel-Volumes</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="103" />
            <source>Pool for private volumes</source>
            <translation>Pool für private Volumes</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="103" />
            <source>Pool for root volumes</source>
            <translation>Pool für Root-Volumes</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="103" />
            <source>Pool for volatile volumes</source>
            <translation>Pool für flüchtige Volumes</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="122" />
            <source>qmemman reads these values from /etc/qubes/qmemman.conf, which the Admin API cannot change: they are kept as dom0 features ({a}, {b}). On a real system copy them into qmemman.conf and restart qmemman; on the sandbox they are only simulated.</source>
            <translation>qmemman liest diese Werte aus /etc/qubes/qmemman.conf, die die Admin-API nicht ändern kann: sie werden als dom0-Features ({a}, {b}) aufbewahrt. Auf einem echten System übernehmen Sie sie in qmemman.conf und starten qmemman neu; in der Sandbox werden sie nur simuliert.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="132" />
            <source>&amp;Discard changes</source>
            <translation>Änderungen ver&amp;werfen</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/globalsettings/window.py" line="153" />
            <source>%n qube(s) follow the default and will use {value} as {what}.</source>
            <translation>
                <numerusform>%n Qube folgt dem Standard und verwendet {value} als {what}.</numerusform>
                <numerusform>%n Qubes folgen dem Standard und verwenden {value} als {what}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="180" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="197" />
            <source>Could not list storage pools</source>
            <translation>Speicherpools konnten nicht aufgelistet werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="200" />
            <source>Could not list installed kernels</source>
            <translation>Installierte Kernel konnten nicht aufgelistet werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="236" />
            <source>{title} was changed elsewhere to {value}; Apply will replace it with your choice, Discard changes shows the new value.</source>
            <translation>{title} wurde anderswo auf {value} geändert; „Anwenden“ ersetzt es durch Ihre Auswahl, „Änderungen verwerfen“ zeigt den neuen Wert.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="263" />
            <source>Applying…</source>
            <translation>Wird angewendet…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="281" />
            <source>Some settings were not saved.</source>
            <translation>Einige Einstellungen wurden nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="285" />
            <source>Could not save all settings</source>
            <translation>Nicht alle Einstellungen konnten gespeichert werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="287" />
            <source>Settings saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="309" />
            <source>Discard changes?</source>
            <translation>Änderungen verwerfen?</translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="309" />
            <source>Some settings were changed but not applied. Close and discard them?</source>
            <translation>Einige Einstellungen wurden geändert, aber nicht angewendet. Schließen und verwerfen?</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="5" />
            <source>Qubes global settings[*]</source>
            <translation>Globale Qubes-Einstellungen[*]</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="6" />
            <source>Qubes global settings</source>
            <translation>Globale Qubes-Einstellungen</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="10" />
            <source>Settings pages</source>
            <translation>Einstellungsseiten</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="12" />
            <source>&amp;General</source>
            <translation>All&amp;gemein</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="16" />
            <source>&amp;Clock qube:</source>
            <translation>U&amp;hrzeit-Qube:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="22" />
            <source>Clock qube</source>
            <translation>Uhrzeit-Qube</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="23" />
            <source>Qube that synchronises the system clock over the network; dom0 and all qubes take their time from it.</source>
            <translation>Qube, der die Systemuhr über das Netzwerk abgleicht; dom0 und alle Qubes übernehmen die Zeit von ihm.</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="28" />
            <source>Default &amp;template:</source>
            <translation>Standard-&amp;Vorlage:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="34" />
            <source>Default template</source>
            <translation>Standardvorlage</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="35" />
            <source>Template used for new qubes when none is chosen.</source>
            <translation>Vorlage für neue Qubes, wenn keine gewählt wird.</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="40" />
            <source>Default &amp;net qube:</source>
            <translation>Standard-&amp;Netz-Qube:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="46" />
            <source>Default net qube</source>
            <translation>Standard-Netz-Qube</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="47" />
            <source>Net qube of every qube whose net qube is left at its default.</source>
            <translation>Netz-Qube aller Qubes, deren Netz-Qube auf dem Standard belassen ist.</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="52" />
            <source>Default d&amp;isposable template:</source>
            <translation>Standard-E&amp;inweg-Vorlage:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="58" />
            <source>Default disposable template</source>
            <translation>Standard-Einweg-Vorlage</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="59" />
            <source>Disposable template used by qubes that do not name their own.</source>
            <translation>Einweg-Vorlage für Qubes, die keine eigene festlegen.</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="64" />
            <source>Default &amp;kernel:</source>
            <translation>Standard-&amp;Kernel:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="70" />
            <source>Default kernel</source>
            <translation>Standard-Kernel</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="71" />
            <source>Kernel (from the linux-kernel pool) of qubes whose kernel is left at its default.</source>
            <translation>Kernel (aus dem Pool linux-kernel) der Qubes, deren Kernel auf dem Standard belassen ist.</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="77" />
            <source>&amp;Storage</source>
            <translation>&amp;Speicher</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="83" />
            <source>Default p&amp;ool:</source>
            <translation>Standard-P&amp;ool:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="89" />
            <source>Default pool</source>
            <translation>Standard-Pool</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="90" />
            <source>Pool for new volumes of every kind unless a kind below names its own.</source>
            <translation>Pool für neue Volumes jeder Art, sofern unten für eine Art kein eigener angegeben ist.</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="95" />
            <source>&amp;Root volumes:</source>
            <translation>&amp;Root-Volumes:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="101" />
            <source>Default pool for root volumes</source>
            <translation>Standard-Pool für Root-Volumes</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="107" />
            <source>&amp;Private volumes:</source>
            <translation>&amp;Private Volumes:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="113" />
            <source>Default pool for private volumes</source>
            <translation>Standard-Pool für private Volumes</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="119" />
            <source>&amp;Volatile volumes:</source>
            <translation>&amp;Flüchtige Volumes:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="125" />
            <source>Default pool for volatile volumes</source>
            <translation>Standard-Pool für flüchtige Volumes</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="131" />
            <source>&amp;Kernel volumes:</source>
            <translation>&amp;Kernel-Volumes:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="137" />
            <source>Default pool for kernel volumes</source>
            <translation>Standard-Pool für Kernel-Volumes</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="146" />
            <source>Existing volumes stay where they are; these pools are used for volumes created from now on.</source>
            <translation>Vorhandene Volumes bleiben, wo sie sind; diese Pools gelten für ab jetzt angelegte Volumes.</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="153" />
            <source>&amp;Memory</source>
            <translation>&amp;Arbeitsspeicher</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="157" />
            <source>Minimum memory &amp;per qube:</source>
            <translation>Mindestspeicher &amp;pro Qube:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="158" />
            <source>Minimum memory per qube</source>
            <translation>Mindestspeicher pro Qube</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="158" />
            <source>The memory balancer never takes a qube below this amount.</source>
            <translation>Die Speicherverteilung senkt keinen Qube unter diese Menge.</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="159" />
            <source>dom0 memory &amp;boost:</source>
            <translation>&amp;Zusatzspeicher für dom0:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="160" />
            <source> MiB</source>
            <translation> MiB</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="160" />
            <source>Extra memory the balancer keeps for dom0 on top of what it uses.</source>
            <translation>Zusätzlicher Speicher, den die Speicherverteilung für dom0 über dessen Verbrauch hinaus bereithält.</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="160" />
            <source>dom0 memory boost</source>
            <translation>Zusatzspeicher für dom0</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="161" />
            <source>dom0 memory limit:</source>
            <translation>Speichergrenze von dom0:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="162" />
            <source>dom0 memory limit</source>
            <translation>Speichergrenze von dom0</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="168" />
            <source>About memory balancing</source>
            <translation>Über die Speicherverteilung</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="175" />
            <source>&amp;Updates</source>
            <translation>Akt&amp;ualisierungen</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="181" />
            <source>dom0 updat&amp;e qube:</source>
            <translation>dom0-Updat&amp;e-Qube:</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="187" />
            <source>dom0 update qube</source>
            <translation>dom0-Update-Qube</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="188" />
            <source>Qube that downloads dom0 updates; it needs network access.</source>
            <translation>Qube, der die Aktualisierungen für dom0 herunterlädt; er braucht Netzwerkzugang.</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="193" />
            <source>Check for updates in &amp;qubes by default</source>
            <translation>Standardmäßig in &amp;Qubes nach Aktualisierungen suchen</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="193" />
            <source>Check for updates in qubes</source>
            <translation>In Qubes nach Aktualisierungen suchen</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="193" />
            <source>Qubes check for updates of their templates and report them to dom0 (global property check_updates_vm).</source>
            <translation>Qubes suchen nach Aktualisierungen ihrer Vorlagen und melden sie an dom0 (globale Eigenschaft check_updates_vm).</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="194" />
            <source>Check fo&amp;r dom0 updates</source>
            <translation>Nach dom0-Aktualisie&amp;rungen suchen</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="194" />
            <source>Check for dom0 updates</source>
            <translation>Nach dom0-Aktualisierungen suchen</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="194" />
            <source>dom0 checks for its own updates through the update qube (dom0 feature service.qubes-update-check).</source>
            <translation>dom0 sucht über den Update-Qube nach eigenen Aktualisierungen (dom0-Feature service.qubes-update-check).</translation>
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="203" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>LabelCombo</name>
        <message>
            <location filename="../qubesmanager/widgets/label_combo.py" line="40" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
    </context>
    <context>
        <name>LocationPage</name>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="34" />
            <source>Backup to restore</source>
            <translation>Wiederherzustellende Sicherung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="35" />
            <source>Where the archive is, and the passphrase it was made with.</source>
            <translation>Wo das Archiv liegt und mit welcher Passphrase es erstellt wurde.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="56" />
            <source>Backup archive</source>
            <translation>Sicherungsarchiv</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="86" />
            <source>Reading and verifying the backup header…</source>
            <translation>Der Kopf der Sicherung wird gelesen und geprüft…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="103" />
            <source>Header verified.</source>
            <translation>Kopf geprüft.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="110" />
            <source>Cannot use this backup: %1</source>
            <translation>Diese Sicherung ist nicht verwendbar: %1</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <location filename="../ui/dialog_logs.ui" line="5" />
            <source>Logs</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="11" />
            <source>Log &amp;file:</source>
            <translation>Protokoll&amp;datei:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="12" />
            <source>file_combo</source>
            <translation>file_combo</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="18" />
            <source>Log file</source>
            <translation>Protokolldatei</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="23" />
            <source>File size</source>
            <translation>Dateigröße</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="37" />
            <source>Log text</source>
            <translation>Protokolltext</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="45" />
            <source>Last &amp;lines:</source>
            <translation>Letzte &amp;Zeilen:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="46" />
            <source>lines_spin</source>
            <translation>lines_spin</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="47" />
            <source>Last lines</source>
            <translation>Letzte Zeilen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="56" />
            <source>Number of lines</source>
            <translation>Anzahl der Zeilen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="61" />
            <source>F&amp;ollow</source>
            <translation>&amp;Mitverfolgen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="62" />
            <source>Follow</source>
            <translation>Mitverfolgen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="67" />
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="68" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="73" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="74" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="88" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="94" />
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
    </context>
    <context>
        <name>ManagerCentral</name>
        <message>
            <location filename="../ui/manager_central.ui" line="35" />
            <source>Lost the connection to qubesd. Reconnecting… The list is shown as it was and is reloaded once the daemon is back.</source>
            <translation>Verbindung zu qubesd verloren. Neuer Verbindungsversuch… Die Liste zeigt den letzten Stand und wird neu geladen, sobald der Dienst wieder da ist.</translation>
        </message>
        <message>
            <location filename="../ui/manager_central.ui" line="50" />
            <source>&amp;Search:</source>
            <translation>&amp;Suche:</translation>
        </message>
        <message>
            <location filename="../ui/manager_central.ui" line="63" />
            <source>name, tag, type or template</source>
            <translation>Name, Tag, Typ oder Vorlage</translation>
        </message>
        <message>
            <location filename="../ui/manager_central.ui" line="79" />
            <source>Show qubes the system uses internally (feature 'internal')</source>
            <translation>Qubes anzeigen, die das System intern verwendet (Feature 'internal')</translation>
        </message>
        <message>
            <location filename="../ui/manager_central.ui" line="82" />
            <source>Show &amp;internal</source>
            <translation>&amp;Interne anzeigen</translation>
        </message>
    </context>
    <context>
        <name>ManagerWindow</name>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="75" />
            <source>Qube Manager</source>
            <translation>Qube-Manager</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="230" />
            <source>Toolbar</source>
            <translation>Werkzeugleiste</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="251" />
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="252" />
            <source>&amp;Qube</source>
            <translation>&amp;Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="253" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="254" />
            <source>&amp;Columns</source>
            <translation>&amp;Spalten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="256" />
            <source>Show &amp;internal qubes</source>
            <translation>&amp;Interne Qubes anzeigen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="262" />
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="266" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="327" />
            <source>Exclude from &amp;backups</source>
            <translation>Von &amp;Sicherungen ausnehmen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="327" />
            <source>Include in &amp;backups</source>
            <translation>In &amp;Sicherungen aufnehmen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="444" />
            <source>{total} qubes, {running} running, {shown} shown</source>
            <translation>{total} Qubes, {running} laufen, {shown} angezeigt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="447" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="450" />
            <source>(reading disk usage…)</source>
            <translation>(Datenträgerbelegung wird gelesen…)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="452" />
            <source>[sandbox]</source>
            <translation>[Sandbox]</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <location filename="../ui/settings_notes.ui" line="8" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../ui/settings_notes.ui" line="16" />
            <source>Notes size</source>
            <translation>Größe der Notizen</translation>
        </message>
        <message>
            <location filename="../ui/settings_notes.ui" line="30" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/settings_notes.ui" line="37" />
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="98" />
            <source>Qube failed to start</source>
            <translation>Qube konnte nicht starten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="103" />
            <source>Qube failed to shut down</source>
            <translation>Qube konnte nicht herunterfahren</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="103" />
            <source>no reason given</source>
            <translation>kein Grund angegeben</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="103" />
            <source>{name}: {reason}</source>
            <translation>{name}: {reason}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="123" />
            <source>Qube started</source>
            <translation>Qube gestartet</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="124" />
            <source>Qube halted</source>
            <translation>Qube ausgeschaltet</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="125" />
            <source>Qube paused</source>
            <translation>Qube angehalten</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/tray/notify.py" line="129" />
            <source>%n qube(s) started</source>
            <translation>
                <numerusform>%n Qube gestartet</numerusform>
                <numerusform>%n Qubes gestartet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/tray/notify.py" line="130" />
            <source>%n qube(s) halted</source>
            <translation>
                <numerusform>%n Qube ausgeschaltet</numerusform>
                <numerusform>%n Qubes ausgeschaltet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/tray/notify.py" line="131" />
            <source>%n qube(s) paused</source>
            <translation>
                <numerusform>%n Qube angehalten</numerusform>
                <numerusform>%n Qubes angehalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/tray/notify.py" line="135" />
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiterer</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="85" />
            <source>{}: {}</source>
            <translation>{}: {}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="103" />
            <source>Not available</source>
            <translation>Nicht verfügbar</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="103" />
            <source>This part of the suite is not available in this installation.</source>
            <translation>Dieser Teil der Programmsammlung ist in dieser Installation nicht verfügbar.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="112" />
            <source>Cannot open window</source>
            <translation>Fenster kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="124" />
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="128" />
            <source>Pause</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="131" />
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="150" />
            <source>Running qubes are connected to {}.</source>
            <translation>Laufende Qubes sind mit {} verbunden.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="150" />
            <source>Shut down all</source>
            <translation>Alle herunterfahren</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="150" />
            <source>Shut down anyway</source>
            <translation>Trotzdem herunterfahren</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="150" />
            <source>They lose their network until it starts again: {}</source>
            <translation>Sie verlieren ihr Netzwerk, bis er wieder läuft: {}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="162" />
            <source>Shut down {}?</source>
            <translation>{} herunterfahren?</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="183" />
            <source>Shutting down…</source>
            <translation>Wird heruntergefahren…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="198" />
            <source>{} did not shut down</source>
            <translation>{} ist nicht heruntergefahren</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="203" />
            <source>Force shutdown</source>
            <translation>Herunterfahren erzwingen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="203" />
            <source>Killing powers them off at once (unsaved data is lost). Forcing shuts them down even though other qubes use them.</source>
            <translation>Zwangsbeenden schaltet sie sofort aus (nicht gespeicherte Daten gehen verloren). Erzwingen fährt sie herunter, obwohl andere Qubes sie verwenden.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="203" />
            <source>Leave running</source>
            <translation>Weiterlaufen lassen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="203" />
            <source>Shut down</source>
            <translation>Herunterfahren</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="203" />
            <source>Some qubes did not shut down: {}</source>
            <translation>Einige Qubes sind nicht heruntergefahren: {}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="224" />
            <source>Programs running in them are closed. Qubes connected to them lose network until they are back.</source>
            <translation>Darin laufende Programme werden beendet. Mit ihnen verbundene Qubes verlieren das Netzwerk, bis sie wieder laufen.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="224" />
            <source>Restart {}?</source>
            <translation>{} neu starten?</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="248" />
            <source>Restart</source>
            <translation>Neu starten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="252" />
            <source>Kill</source>
            <translation>Zwangsbeenden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="252" />
            <source>Kill {}?</source>
            <translation>{} zwangsbeenden?</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="252" />
            <source>The qubes are powered off at once, like pulling the plug: unsaved data is lost.</source>
            <translation>Die Qubes werden sofort ausgeschaltet, als würde man den Stecker ziehen: nicht gespeicherte Daten gehen verloren.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="276" />
            <source>Set label</source>
            <translation>Label festlegen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="293" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="293" />
            <source>Change net qube</source>
            <translation>Netz-Qube ändern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="293" />
            <source>Connect anyway</source>
            <translation>Trotzdem verbinden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="293" />
            <source>Their traffic would leave without Tor and could reveal who you are.</source>
            <translation>Ihr Verkehr würde Tor umgehen und könnte verraten, wer Sie sind.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="293" />
            <source>{} use Tor (tag anon-vm), but the new net qube is not a Tor gateway.</source>
            <translation>{} nutzen Tor (Tag anon-vm), aber der neue Netz-Qube ist kein Tor-Gateway.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="321" />
            <source>Change template</source>
            <translation>Vorlage ändern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="335" />
            <source>Include in backups</source>
            <translation>In Sicherungen aufnehmen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="342" />
            <source>On a real Qubes system this runs:
{}</source>
            <translation>Auf einem echten Qubes-System wird Folgendes ausgeführt:
{}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="342" />
            <source>Simulated</source>
            <translation>Simuliert</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="342" />
            <source>{} is simulated: the sandbox runs no programs inside qubes.</source>
            <translation>{} wird simuliert: die Sandbox führt keine Programme in Qubes aus.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="365" />
            <source>Running a command</source>
            <translation>Befehl ausführen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="371" />
            <source>Opening a terminal</source>
            <translation>Terminal öffnen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="375" />
            <source>Opening the console</source>
            <translation>Konsole öffnen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="379" />
            <source>Updating</source>
            <translation>Aktualisieren</translation>
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="116" />
            <source>not selected</source>
            <translation>nicht ausgewählt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="117" />
            <source>already exists here</source>
            <translation>existiert hier bereits</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="119" />
            <source>missing template</source>
            <translation>Vorlage fehlt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="121" />
            <source>missing network qube</source>
            <translation>Netz-Qube fehlt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="123" />
            <source>user name differs</source>
            <translation>Benutzername weicht ab</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="134" />
            <source>What to restore</source>
            <translation>Was wiederhergestellt wird</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="135" />
            <source>Uncheck qubes you do not want. The table follows the options below.</source>
            <translation>Entfernen Sie den Haken bei unerwünschten Qubes. Die Tabelle richtet sich nach den Optionen unten.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="154" />
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="191" />
            <source>dom0 home</source>
            <translation>dom0-Heimverzeichnis</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="201" />
            <source>Device assignments are restored with the mode recorded in the backup; the devices themselves may differ on this computer.</source>
            <translation>Gerätezuweisungen werden mit dem in der Sicherung vermerkten Modus wiederhergestellt; die Geräte selbst können auf diesem Rechner abweichen.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="214" />
            <source>skipped: %1</source>
            <translation>übersprungen: %1</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="216" />
            <source>will be verified</source>
            <translation>wird geprüft</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="217" />
            <source>will be restored</source>
            <translation>wird wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="219" />
            <source>as %1 (name taken)</source>
            <translation>als %1 (Name vergeben)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="222" />
            <source>on template %1 instead of %2</source>
            <translation>auf Vorlage %1 statt %2</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="226" />
            <source>with the default network qube</source>
            <translation>mit dem Standard-Netz-Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="228" />
            <source>labelled red (no label %1 here)</source>
            <translation>rot gekennzeichnet (kein Label %1 vorhanden)</translation>
        </message>
    </context>
    <context>
        <name>QubeActions</name>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="77" />
            <source>Could not start {name}</source>
            <translation>{name} konnte nicht gestartet werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="80" />
            <source>Could not pause {name}</source>
            <translation>{name} konnte nicht angehalten werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="83" />
            <source>Could not unpause {name}</source>
            <translation>{name} konnte nicht fortgesetzt werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="105" />
            <source>{name} could not be shut down.</source>
            <translation>{name} konnte nicht heruntergefahren werden.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="112" />
            <source>Shutdown failed</source>
            <translation>Herunterfahren fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="113" />
            <source>Force shutdown</source>
            <translation>Herunterfahren erzwingen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="114" />
            <source>Kill</source>
            <translation>Zwangsbeenden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="141" />
            <source>Kill {name}? Unsaved data in the qube will be lost.</source>
            <translation>{name} zwangsbeenden? Nicht gespeicherte Daten im Qube gehen verloren.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="146" />
            <source>Kill qube</source>
            <translation>Qube zwangsbeenden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="151" />
            <source>Could not kill {name}</source>
            <translation>{name} konnte nicht zwangsbeendet werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="161" />
            <source>terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="164" />
            <source>file manager</source>
            <translation>Dateimanager</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="169" />
            <source>On a real Qubes system this would open a {what} in {name} (qrexec service {service}). The sandbox runs no programs.</source>
            <translation>Auf einem echten Qubes-System würde dies ein(en) {what} in {name} öffnen (qrexec-Dienst {service}). Die Sandbox führt keine Programme aus.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="169" />
            <source>Simulated system</source>
            <translation>Simuliertes System</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="190" />
            <source>Could not open a {what} in {name}</source>
            <translation>{what} in {name} konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="198" />
            <source>Settings of {name}</source>
            <translation>Einstellungen von {name}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="207" />
            <source>Global settings</source>
            <translation>Globale Einstellungen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="211" />
            <source>Template manager</source>
            <translation>Vorlagenverwaltung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="215" />
            <source>Qube Manager</source>
            <translation>Qube-Manager</translation>
        </message>
    </context>
    <context>
        <name>QubeCombo</name>
        <message>
            <location filename="../qubesmanager/widgets/qube_combo.py" line="80" />
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <location filename="../qubesmanager/widgets/qube_combo.py" line="81" />
            <source>default (%s)</source>
            <translation>Standard (%s)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/widgets/qube_combo.py" line="83" />
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
    </context>
    <context>
        <name>QubeTableModel</name>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="186" />
            <source>{vol}: {usage} used of {size}</source>
            <translation>{vol}: {usage} von {size} belegt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="195" />
            <source>This qube has notes (Settings, Notes tab)</source>
            <translation>Dieser Qube hat Notizen (Einstellungen, Reiter „Notizen“)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="197" />
            <source>Assigned: {}</source>
            <translation>Zugewiesen: {}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="208" />
            <source>included</source>
            <translation>enthalten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="209" />
            <source>not included</source>
            <translation>nicht enthalten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="211" />
            <source>has notes</source>
            <translation>hat Notizen</translation>
        </message>
    </context>
    <context>
        <name>RemoveQubesDialog</name>
        <message>
            <location filename="../ui/dialog_remove.ui" line="5" />
            <source>Delete qubes</source>
            <translation>Qubes löschen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="10" />
            <source>What will be deleted</source>
            <translation>Was gelöscht wird</translation>
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="15" />
            <source>Qubes to delete</source>
            <translation>Zu löschende Qubes</translation>
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="22" />
            <source>Dependents</source>
            <translation>Abhängige</translation>
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="27" />
            <source>Settings that use these qubes</source>
            <translation>Einstellungen, die diese Qubes verwenden</translation>
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="33" />
            <source>Confirmation instructions</source>
            <translation>Anleitung zur Bestätigung</translation>
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="38" />
            <source>Confirmation</source>
            <translation>Bestätigung</translation>
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="44" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="50" />
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
    </context>
    <context>
        <name>RenameQubeDialog</name>
        <message>
            <location filename="../ui/dialog_rename.ui" line="5" />
            <source>Rename qube</source>
            <translation>Qube umbenennen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="10" />
            <source>Rename warning</source>
            <translation>Warnung zum Umbenennen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="17" />
            <source>&amp;New name:</source>
            <translation>&amp;Neuer Name:</translation>
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="18" />
            <source>name_edit</source>
            <translation>name_edit</translation>
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="24" />
            <source>New name</source>
            <translation>Neuer Name</translation>
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="31" />
            <source>Name problem</source>
            <translation>Problem mit dem Namen</translation>
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="39" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="45" />
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
    </context>
    <context>
        <name>RestoreEngine</name>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="96" />
            <source>the backup's qubes.xml cannot be read: {error}</source>
            <translation>die qubes.xml der Sicherung kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="153" />
            <source>The restore was cancelled.</source>
            <translation>Die Wiederherstellung wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="156" />
            <source>The archive holds damaged data: {error}</source>
            <translation>Das Archiv enthält beschädigte Daten: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="163" />
            <source>{reason} Everything restored so far was removed again.</source>
            <translation>{reason} Alles bisher Wiederhergestellte wurde wieder entfernt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="173" />
            <source>Verification finished: the archive is intact.</source>
            <translation>Prüfung abgeschlossen: das Archiv ist intakt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="186" />
            <source>Creating {qube}</source>
            <translation>{qube} wird erstellt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="205" />
            <source>Error restoring qube {qube}, skipping: {error}</source>
            <translation>Fehler beim Wiederherstellen von Qube {qube}, wird übersprungen: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="213" />
            <source>Created {qube} (renamed from {name})</source>
            <translation>{qube} erstellt (umbenannt von {name})</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="217" />
            <source>Created {qube}</source>
            <translation>{qube} erstellt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="225" />
            <source>Error restoring qube {qube}, skipping: no usable label ({label})</source>
            <translation>Fehler beim Wiederherstellen von Qube {qube}, wird übersprungen: kein verwendbares Label ({label})</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="237" />
            <source>Error setting {qube}.{prop} to {value}: {error}</source>
            <translation>Fehler beim Setzen von {qube}.{prop} auf {value}: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="249" />
            <source>Setting up {qube}</source>
            <translation>{qube} wird eingerichtet</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="259" />
            <source>Error setting feature {feature} of {qube}: {error}</source>
            <translation>Fehler beim Setzen des Features {feature} von {qube}: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="268" />
            <source>Error adding tag {tag} to {qube}: {error}</source>
            <translation>Fehler beim Hinzufügen des Tags {tag} zu {qube}: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="307" />
            <source>Error assigning {devclass} device {device} to {qube}: {error}</source>
            <translation>Fehler beim Zuweisen des {devclass}-Geräts {device} an {qube}: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="356" />
            <source>Cannot list volumes of {qube}: {error}</source>
            <translation>Volumes von {qube} können nicht aufgelistet werden: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="363" />
            <source>The archive holds no data for: {qubes} (truncated or incomplete archive).</source>
            <translation>Das Archiv enthält keine Daten für: {qubes} (abgeschnittenes oder unvollständiges Archiv).</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="383" />
            <source>Skipping {path}: {qube} keeps no such volume</source>
            <translation>{path} wird übersprungen: {qube} hat kein solches Volume</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="389" />
            <source>Restored volume {volume} of {qube}</source>
            <translation>Volume {volume} von {qube} wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="393" />
            <source>Failed to restore volume {volume} (size {size}) of qube {qube}: {error}</source>
            <translation>Volume {volume} (Größe {size}) von Qube {qube} konnte nicht wiederhergestellt werden: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="413" />
            <source>Error restoring {file} of {qube}: {error}</source>
            <translation>Fehler beim Wiederherstellen von {file} von {qube}: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="422" />
            <source>dom0 home: {problem}</source>
            <translation>dom0-Heimverzeichnis: {problem}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="424" />
            <source>dom0 home restored into {directory}</source>
            <translation>dom0-Heimverzeichnis nach {directory} wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="427" />
            <source>dom0 home ({directory})</source>
            <translation>dom0-Heimverzeichnis ({directory})</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="447" />
            <source>Removed {qube}</source>
            <translation>{qube} entfernt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="450" />
            <source>Could not remove {qube}: {error}</source>
            <translation>{qube} konnte nicht entfernt werden: {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/messages.py" line="68" />
            <source>The archive holds something a Qubes backup never contains.</source>
            <translation>Das Archiv enthält etwas, das eine Qubes-Sicherung nie enthält.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/messages.py" line="68" />
            <source>The archive is damaged or was tampered with.</source>
            <translation>Das Archiv ist beschädigt oder wurde manipuliert.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/messages.py" line="68" />
            <source>The archive is incomplete (truncated).</source>
            <translation>Das Archiv ist unvollständig (abgeschnitten).</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/messages.py" line="68" />
            <source>This is not a readable Qubes backup.</source>
            <translation>Dies ist keine lesbare Qubes-Sicherung.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/messages.py" line="68" />
            <source>Wrong passphrase, or the archive was altered.</source>
            <translation>Falsche Passphrase, oder das Archiv wurde verändert.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/sources.py" line="35" />
            <source>Cannot open the backup {where}: {error}</source>
            <translation>Die Sicherung kann nicht geöffnet werden ({where}): {error}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/sources.py" line="51" />
            <source>No backup location given.</source>
            <translation>Kein Speicherort der Sicherung angegeben.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/sources.py" line="54" />
            <source>file {path}</source>
            <translation>Datei {path}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/sources.py" line="57" />
            <source>Reading a backup from a qube needs the qubes.Restore service, which this tool does not run; copy the archive to dom0 first.</source>
            <translation>Zum Lesen einer Sicherung aus einem Qube ist der Dienst qubes.Restore nötig, den dieses Werkzeug nicht betreibt; kopieren Sie das Archiv zuerst nach dom0.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/sources.py" line="65" />
            <source>{path} in qube {qube}</source>
            <translation>{path} in Qube {qube}</translation>
        </message>
    </context>
    <context>
        <name>RestoreLocationPage</name>
        <message>
            <location filename="../ui/restore_location.ui" line="8" />
            <source>Archive in &amp;qube:</source>
            <translation>Archiv in &amp;Qube:</translation>
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="14" />
            <source>Archive in qube</source>
            <translation>Archiv in Qube</translation>
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="19" />
            <source>&amp;Path:</source>
            <translation>&amp;Pfad:</translation>
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="27" />
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="32" />
            <source>B&amp;rowse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="33" />
            <source>Browse</source>
            <translation>Durchsuchen</translation>
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="40" />
            <source>P&amp;assphrase:</source>
            <translation>P&amp;assphrase:</translation>
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="46" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="52" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>RestoreOptionsPage</name>
        <message>
            <location filename="../ui/restore_options.ui" line="8" />
            <source>Qubes in the backup</source>
            <translation>Qubes in der Sicherung</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="10" />
            <source>Qube</source>
            <translation>Qube</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="11" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="12" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="13" />
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="14" />
            <source>Will be</source>
            <translation>Vorgesehen</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="19" />
            <source>&amp;Verify only (restore nothing)</source>
            <translation>Nur prü&amp;fen (nichts wiederherstellen)</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="20" />
            <source>Verify only</source>
            <translation>Nur prüfen</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="25" />
            <source>&amp;Rename qubes whose name is taken</source>
            <translation>Qubes mit vergebenem Namen &amp;umbenennen</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="26" />
            <source>Rename qubes whose name is taken</source>
            <translation>Qubes mit vergebenem Namen umbenennen</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="32" />
            <source>Use &amp;defaults for missing templates and network qubes</source>
            <translation>Für fehlende Vorlagen und Netz-Qubes &amp;Standards verwenden</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="33" />
            <source>Use defaults for missing templates and network qubes</source>
            <translation>Für fehlende Vorlagen und Netz-Qubes Standards verwenden</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="38" />
            <source>Skip dom0 &amp;home directory</source>
            <translation>dom0-&amp;Heimverzeichnis überspringen</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="39" />
            <source>Skip dom0 home directory</source>
            <translation>dom0-Heimverzeichnis überspringen</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="44" />
            <source>Restore dom0 home even if the &amp;user name differs</source>
            <translation>dom0-Heimverzeichnis auch bei abweichendem &amp;Benutzernamen wiederherstellen</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="45" />
            <source>Restore dom0 home even if the user name differs</source>
            <translation>dom0-Heimverzeichnis auch bei abweichendem Benutzernamen wiederherstellen</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="52" />
            <source>Storage &amp;pool for new qubes:</source>
            <translation>Speicher&amp;pool für neue Qubes:</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="58" />
            <source>Storage pool</source>
            <translation>Speicherpool</translation>
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="65" />
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
    </context>
    <context>
        <name>RestoreWizard</name>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="138" />
            <source>Qubes Backup Restore</source>
            <translation>Qubes-Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="139" />
            <source>Restore qubes</source>
            <translation>Qubes wiederherstellen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="159" />
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="109" />
            <source>Backing up</source>
            <translation>Sicherung läuft</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="113" />
            <source>Backup progress</source>
            <translation>Fortschritt der Sicherung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="115" />
            <source>Backup progress details</source>
            <translation>Details zum Fortschritt der Sicherung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="118" />
            <source>Backup status</source>
            <translation>Status der Sicherung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="130" />
            <source>Preparing…</source>
            <translation>Wird vorbereitet…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="144" />
            <source>Starting %1…</source>
            <translation>%1 wird gestartet…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="153" />
            <source>Backup in progress…</source>
            <translation>Sicherung läuft…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="173" />
            <source>Current qube: %1</source>
            <translation>Aktueller Qube: %1</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="174" />
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="179" />
            <source>about %1 left</source>
            <translation>noch etwa %1</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="189" />
            <source>The backup finished successfully.</source>
            <translation>Die Sicherung wurde erfolgreich abgeschlossen.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="191" />
            <source>The backup was cancelled; no archive was kept.</source>
            <translation>Die Sicherung wurde abgebrochen; es wurde kein Archiv behalten.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="194" />
            <source>The backup FAILED: %1</source>
            <translation>Die Sicherung ist FEHLGESCHLAGEN: %1</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="36" />
            <source>Restore progress</source>
            <translation>Fortschritt der Wiederherstellung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="38" />
            <source>Current step</source>
            <translation>Aktueller Schritt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="42" />
            <source>Restore log</source>
            <translation>Protokoll der Wiederherstellung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="45" />
            <source>Restore status</source>
            <translation>Status der Wiederherstellung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="61" />
            <source>Restoring</source>
            <translation>Wiederherstellung läuft</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="61" />
            <source>Verifying</source>
            <translation>Prüfung läuft</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="66" />
            <source>Working…</source>
            <translation>In Arbeit…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="76" />
            <source>ERROR: </source>
            <translation>FEHLER: </translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="76" />
            <source>warning: </source>
            <translation>Warnung: </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/restore/wizard.py" line="90" />
            <source>Finished with %n error(s); see the log above.</source>
            <translation>
                <numerusform>Mit %n Fehler beendet; siehe Protokoll oben.</numerusform>
                <numerusform>Mit %n Fehlern beendet; siehe Protokoll oben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="94" />
            <source>Verification passed: the archive is intact for %1.</source>
            <translation>Prüfung bestanden: das Archiv ist für %1 intakt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="98" />
            <source>Restore finished successfully: %1.</source>
            <translation>Wiederherstellung erfolgreich abgeschlossen: %1.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="108" />
            <source>The restore was cancelled; the qubes it had created were removed again (%1).</source>
            <translation>Die Wiederherstellung wurde abgebrochen; die dabei angelegten Qubes wurden wieder entfernt (%1).</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="108" />
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="113" />
            <source>The restore FAILED: %1</source>
            <translation>Die Wiederherstellung ist FEHLGESCHLAGEN: %1</translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="116" />
            <source>The restore FAILED: %1 (%2)</source>
            <translation>Die Wiederherstellung ist FEHLGESCHLAGEN: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>SelectPage</name>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="57" />
            <source>Check the qubes to include. dom0 stands for the home directory of the dom0 user.</source>
            <translation>Haken Sie die aufzunehmenden Qubes an. dom0 steht für das Heimverzeichnis des dom0-Benutzers.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="60" />
            <source>Qubes to back up</source>
            <translation>Zu sichernde Qubes</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="61" />
            <source>Qube</source>
            <translation>Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="61" />
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="61" />
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="61" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="70" />
            <source>Selected size</source>
            <translation>Ausgewählte Größe</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="73" />
            <source>Running qubes warning</source>
            <translation>Warnung zu laufenden Qubes</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="120" />
            <source>dom0 (home directory)</source>
            <translation>dom0 (Heimverzeichnis)</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/backup/pages.py" line="140" />
            <source>%n qube(s) selected</source>
            <translation>
                <numerusform>%n Qube ausgewählt</numerusform>
                <numerusform>%n Qubes ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="141" />
            <source>total %1</source>
            <translation>insgesamt %1</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="144" />
            <source>(sizes still loading)</source>
            <translation>(Größen werden noch geladen)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="148" />
            <source>Running qubes are backed up as they were before they started: %1</source>
            <translation>Laufende Qubes werden so gesichert, wie sie vor ihrem Start waren: %1</translation>
        </message>
    </context>
    <context>
        <name>ServicesTab</name>
        <message>
            <location filename="../ui/settings_services.ui" line="8" />
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="16" />
            <source>Service name</source>
            <translation>Dienstname</translation>
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="21" />
            <source>&amp;Add service</source>
            <translation>Dienst &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="22" />
            <source>Add service</source>
            <translation>Dienst hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="27" />
            <source>&amp;Remove service</source>
            <translation>Dienst &amp;entfernen</translation>
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="28" />
            <source>Remove service</source>
            <translation>Dienst entfernen</translation>
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="36" />
            <source>Services help</source>
            <translation>Hilfe zu Diensten</translation>
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="37" />
            <source>Checked services are on, unchecked are explicitly off; services not listed follow the qube's defaults.</source>
            <translation>Angehakte Dienste sind eingeschaltet, nicht angehakte ausdrücklich ausgeschaltet; nicht aufgeführte Dienste folgen den Vorgaben des Qubes.</translation>
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="44" />
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="30" />
            <source>Advanced</source>
            <translation>Erweitert</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="40" />
            <source>Initial memory</source>
            <translation>Anfänglicher Speicher</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="41" />
            <source>Max memory</source>
            <translation>Maximaler Speicher</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="49" />
            <source>VCPUs</source>
            <translation>VCPUs</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="52" />
            <source>Kernel</source>
            <translation>Kernel</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="53" />
            <source>Kernel options</source>
            <translation>Kernel-Optionen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="59" />
            <source>Virtualization mode</source>
            <translation>Virtualisierungsmodus</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="65" />
            <source>Default disposable template</source>
            <translation>Standard-Einweg-Vorlage</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="67" />
            <source>Disposable template</source>
            <translation>Einweg-Vorlage</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="70" />
            <source>Provides network</source>
            <translation>Stellt Netzwerk bereit</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="73" />
            <source>Private storage</source>
            <translation>Privater Speicher</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="74" />
            <source>System storage</source>
            <translation>Systemspeicher</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="168" />
            <source>Used as net qube by: %s</source>
            <translation>Als Netz-Qube verwendet von: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="171" />
            <source>Shut the qube down to boot it from a device</source>
            <translation>Den Qube herunterfahren, um ihn von einem Gerät zu starten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="182" />
            <source>Linux qubes cannot use more than ten times their initial memory; raise the initial memory instead.</source>
            <translation>Linux-Qubes können höchstens das Zehnfache ihres anfänglichen Speichers nutzen; erhöhen Sie stattdessen den anfänglichen Speicher.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="193" />
            <source>PV mode exposes the hypervisor's largest attack surface and is not protected against CPU side channels. Use PVH or HVM.</source>
            <translation>Der PV-Modus bietet die größte Angriffsfläche des Hypervisors und ist nicht gegen CPU-Seitenkanäle geschützt. Verwenden Sie PVH oder HVM.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="196" />
            <source>HVM runs a device model in a stub domain; use it for PCI devices or operating systems without PVH support.</source>
            <translation>HVM betreibt ein Gerätemodell in einer Stub-Domäne; verwenden Sie es für PCI-Geräte oder Betriebssysteme ohne PVH-Unterstützung.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="207" />
            <source>default (%s)</source>
            <translation>Standard (%s)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="209" />
            <source>(provided by qube)</source>
            <translation>(vom Qube bereitgestellt)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="243" />
            <source>Reading revisions…</source>
            <translation>Revisionen werden gelesen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="261" />
            <source>No revisions kept for this volume.</source>
            <translation>Für dieses Volume werden keine Revisionen aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="261" />
            <source>Shut the qube down to revert a volume.</source>
            <translation>Den Qube herunterfahren, um ein Volume zurückzusetzen.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="266" />
            <source>Could not list revisions: %s</source>
            <translation>Revisionen konnten nicht aufgelistet werden: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="278" />
            <source>Reverting…</source>
            <translation>Wird zurückgesetzt…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="288" />
            <source>Reverted to %s.</source>
            <translation>Auf %s zurückgesetzt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="293" />
            <source>Revert the %s volume of %s to revision %s? Its current content will be replaced.</source>
            <translation>Das Volume %s von %s auf Revision %s zurücksetzen? Sein aktueller Inhalt wird ersetzt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="293" />
            <source>Revert volume</source>
            <translation>Volume zurücksetzen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="304" />
            <source>Max memory cannot be lower than initial memory.</source>
            <translation>Der maximale Speicher darf nicht kleiner als der anfängliche sein.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="309" />
            <source>Kernel options must be printable ASCII.</source>
            <translation>Kernel-Optionen müssen aus druckbaren ASCII-Zeichen bestehen.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/app.py" line="25" />
            <source>No qube named %s.</source>
            <translation>Es gibt keinen Qube namens %s.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/app.py" line="28" />
            <source>Settings: %s</source>
            <translation>Einstellungen: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/applications.py" line="52" />
            <source>Applications</source>
            <translation>Anwendungen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/applications.py" line="96" />
            <source>%s (missing in the template)</source>
            <translation>%s (fehlt in der Vorlage)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/applications.py" line="119" />
            <source>Reading applications…</source>
            <translation>Anwendungen werden gelesen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/applications.py" line="153" />
            <source>No applications known for %s yet: start it once so its menu entries are synchronised.</source>
            <translation>Für %s sind noch keine Anwendungen bekannt: starten Sie ihn einmal, damit seine Menüeinträge abgeglichen werden.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/applications.py" line="159" />
            <source>Could not read applications: %s</source>
            <translation>Anwendungen konnten nicht gelesen werden: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="36" />
            <source>Basic</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="49" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="51" />
            <source>Only disposable templates</source>
            <translation>Nur Einweg-Vorlagen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="53" />
            <source>Only templates</source>
            <translation>Nur Vorlagen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="56" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="61" />
            <source>Net qube</source>
            <translation>Netz-Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="63" />
            <source>Include in backups</source>
            <translation>In Sicherungen aufnehmen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="65" />
            <source>Start on boot</source>
            <translation>Beim Systemstart starten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="67" />
            <source>Debug mode</source>
            <translation>Debug-Modus</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="69" />
            <source>Private storage size</source>
            <translation>Größe des privaten Speichers</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="71" />
            <source>System storage size</source>
            <translation>Größe des Systemspeichers</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="112" />
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="135" />
            <source>Templates normally have no net qube: they download updates through the update proxy. A direct connection exposes the template to the network.</source>
            <translation>Vorlagen haben normalerweise keinen Netz-Qube: sie laden Aktualisierungen über den Update-Proxy. Eine direkte Verbindung setzt die Vorlage dem Netzwerk aus.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="140" />
            <source>This is a Whonix workstation: connecting it to %s instead of a Whonix gateway sends its traffic outside Tor and can reveal your identity.</source>
            <translation>Dies ist eine Whonix-Workstation: wird sie statt mit einem Whonix-Gateway mit %s verbunden, läuft ihr Verkehr außerhalb von Tor und kann Ihre Identität preisgeben.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="149" />
            <source>Rename the qube</source>
            <translation>Qube umbenennen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="149" />
            <source>Shut the qube down to rename it</source>
            <translation>Den Qube herunterfahren, um ihn umzubenennen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="153" />
            <source>Delete the qube and its data</source>
            <translation>Den Qube und seine Daten löschen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="153" />
            <source>Shut the qube down to delete it</source>
            <translation>Den Qube herunterfahren, um ihn zu löschen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="157" />
            <source>Shut the qube down to change its template</source>
            <translation>Den Qube herunterfahren, um seine Vorlage zu ändern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="165" />
            <source>Reading disk sizes…</source>
            <translation>Datenträgergrößen werden gelesen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="185" />
            <source>%s used of %s</source>
            <translation>%s von %s belegt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="189" />
            <source>This volume is a snapshot of the template's: resize it on the template</source>
            <translation>Dieses Volume ist ein Schnappschuss des Vorlagen-Volumes: ändern Sie seine Größe in der Vorlage</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="192" />
            <source>disabled</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="195" />
            <source>Could not read disk sizes: %s</source>
            <translation>Datenträgergrößen konnten nicht gelesen werden: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="205" />
            <source>Storage can only grow, not shrink.</source>
            <translation>Speicher kann nur vergrößert, nicht verkleinert werden.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="207" />
            <source>Choose a template.</source>
            <translation>Wählen Sie eine Vorlage.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/common.py" line="21" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="43" />
            <source>Devices</source>
            <translation>Geräte</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="52" />
            <source>PCI devices</source>
            <translation>PCI-Geräte</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="102" />
            <source>(not present)</source>
            <translation>(nicht vorhanden)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="148" />
            <source>The qube is running: PCI assignment changes take effect at its next start, and a running qube may refuse them.</source>
            <translation>Der Qube läuft: Änderungen an PCI-Zuweisungen wirken erst beim nächsten Start, und ein laufender Qube kann sie ablehnen.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="151" />
            <source>PCI devices need HVM virtualization (Advanced tab); qubesd switches the default mode to HVM when a device is assigned.</source>
            <translation>PCI-Geräte brauchen HVM-Virtualisierung (Reiter „Erweitert“); qubesd stellt den Standardmodus auf HVM um, wenn ein Gerät zugewiesen wird.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="159" />
            <source>Devices cannot be assigned to dom0.</source>
            <translation>Geräte können dom0 nicht zugewiesen werden.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="161" />
            <source>Reading PCI devices…</source>
            <translation>PCI-Geräte werden gelesen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="188" />
            <source>dom0 has no assignable PCI devices.</source>
            <translation>dom0 hat keine zuweisbaren PCI-Geräte.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="192" />
            <source>Could not read the devices: %s</source>
            <translation>Die Geräte konnten nicht gelesen werden: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="86" />
            <source>Firewall rules</source>
            <translation>Firewall-Regeln</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="114" />
            <source>Firewall rules are read when this page is shown.</source>
            <translation>Die Firewall-Regeln werden gelesen, wenn diese Seite angezeigt wird.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="239" />
            <source>dom0 has no firewall.</source>
            <translation>dom0 hat keine Firewall.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="245" />
            <source>This qube has no net qube, so it has no network access at all; these rules take effect once a net qube is set.</source>
            <translation>Dieser Qube hat keinen Netz-Qube und damit überhaupt keinen Netzwerkzugang; diese Regeln greifen, sobald ein Netz-Qube gesetzt ist.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="245" />
            <source>This qube provides network and has no net qube: its own firewall rules have no effect.</source>
            <translation>Dieser Qube stellt Netzwerk bereit und hat keinen Netz-Qube: seine eigenen Firewall-Regeln bleiben wirkungslos.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="254" />
            <source>The net qube %s does not enforce firewall rules: these rules will NOT be applied.</source>
            <translation>Der Netz-Qube %s setzt keine Firewall-Regeln durch: diese Regeln werden NICHT angewendet.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="262" />
            <source>Reading firewall rules…</source>
            <translation>Firewall-Regeln werden gelesen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="280" />
            <source>Could not read the firewall rules: %s</source>
            <translation>Die Firewall-Regeln konnten nicht gelesen werden: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="304" />
            <source>DNS servers</source>
            <translation>DNS-Server</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="314" />
            <source>ICMP type %s</source>
            <translation>ICMP-Typ %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="315" />
            <source>any</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="320" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="39" />
            <source>Not an IP address, network or host name: %s</source>
            <translation>Keine IP-Adresse, kein Netzwerk und kein Hostname: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="53" />
            <source>Ports must be 0-65535, the first not above the second.</source>
            <translation>Ports müssen zwischen 0 und 65535 liegen, der erste nicht über dem zweiten.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="58" />
            <source>Unknown service: %s</source>
            <translation>Unbekannter Dienst: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="67" />
            <source>Allow</source>
            <translation>Erlauben</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="68" />
            <source>Block</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="69" />
            <source>Any</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="122" />
            <source>ICMP type must be a number from 0 to 255.</source>
            <translation>Der ICMP-Typ muss eine Zahl von 0 bis 255 sein.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="127" />
            <source>The expiry time is in the past.</source>
            <translation>Die Ablaufzeit liegt in der Vergangenheit.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="132" />
            <source>A comment may contain letters, digits, spaces and : ; , . / _ [ ] - only.</source>
            <translation>Ein Kommentar darf nur Buchstaben, Ziffern, Leerzeichen und : ; , . / _ [ ] - enthalten.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/host.py" line="30" />
            <source>Loading qubes…</source>
            <translation>Qubes werden geladen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="21" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="31" />
            <source>Loading notes…</source>
            <translation>Notizen werden geladen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="41" />
            <source>Reading notes…</source>
            <translation>Notizen werden gelesen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="50" />
            <source>Notes about this qube (kept in dom0)</source>
            <translation>Notizen zu diesem Qube (in dom0 gespeichert)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="55" />
            <source>Could not read the notes: %s</source>
            <translation>Die Notizen konnten nicht gelesen werden: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="60" />
            <source>%s of %s</source>
            <translation>%s von %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="74" />
            <source>Notes are limited to %s.</source>
            <translation>Notizen sind auf %s begrenzt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="44" />
            <source>Copying %s to %s (its disks, settings, firewall, devices)…</source>
            <translation>%s wird nach %s kopiert (Datenträger, Einstellungen, Firewall, Geräte)…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="48" />
            <source>Re-pointing %d settings to %s…</source>
            <translation>%d Einstellungen werden auf %s umgestellt…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="57" />
            <source>%s was copied to %s, but these settings still name the old qube, so it was kept:
%s</source>
            <translation>%s wurde nach %s kopiert, aber diese Einstellungen nennen noch den alten Qube, daher wurde er behalten:
%s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="60" />
            <source>Removing the original %s…</source>
            <translation>Das Original %s wird entfernt…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="73" />
            <source>Rename %s</source>
            <translation>%s umbenennen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="74" />
            <source>Renaming copies %s to a new qube with the new name, re-points the settings that use it, then deletes the original. This takes as long as copying its disks.</source>
            <translation>Beim Umbenennen wird %s in einen neuen Qube mit dem neuen Namen kopiert, die Einstellungen, die ihn verwenden, werden umgestellt, dann wird das Original gelöscht. Das dauert so lange wie das Kopieren seiner Datenträger.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="78" />
            <source>Settings that will be re-pointed: %s.</source>
            <translation>Einstellungen, die umgestellt werden: %s.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="96" />
            <source>Type the new name.</source>
            <translation>Geben Sie den neuen Namen ein.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="98" />
            <source>A qube named %s already exists.</source>
            <translation>Es gibt bereits einen Qube namens %s.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="110" />
            <source>Shut %s down before renaming it.</source>
            <translation>Fahren Sie %s vor dem Umbenennen herunter.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="116" />
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="116" />
            <source>These running qubes use %s as their template; shut them down first: %s</source>
            <translation>Diese laufenden Qubes verwenden %s als Vorlage; fahren Sie sie zuerst herunter: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="125" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="125" />
            <source>Renaming %s to %s…</source>
            <translation>%s wird in %s umbenannt…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="128" />
            <source>Rename progress</source>
            <translation>Fortschritt der Umbenennung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="155" />
            <source>Cancelling: the disk copy under way cannot be interrupted; the new qube is removed as soon as it ends…</source>
            <translation>Abbruch: die laufende Datenträgerkopie kann nicht unterbrochen werden; der neue Qube wird entfernt, sobald sie endet…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="181" />
            <source>Rename cancelled; nothing was changed.</source>
            <translation>Umbenennen abgebrochen; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="183" />
            <source>Rename failed: %s</source>
            <translation>Umbenennen fehlgeschlagen: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="184" />
            <source>Rename failed</source>
            <translation>Umbenennen fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/services.py" line="23" />
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/services.py" line="35" />
            <source>service name</source>
            <translation>Dienstname</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/services.py" line="74" />
            <source>A service name may contain only letters, digits, '.', '_' and '-'.</source>
            <translation>Ein Dienstname darf nur Buchstaben, Ziffern, '.', '_' und '-' enthalten.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/services.py" line="80" />
            <source>Service %s is already listed.</source>
            <translation>Der Dienst %s ist bereits aufgeführt.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/services.py" line="106" />
            <source>Invalid service name: %s</source>
            <translation>Ungültiger Dienstname: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="211" />
            <source>qubesd is not reachable; your edits are kept and can be saved once it is back.</source>
            <translation>qubesd ist nicht erreichbar; Ihre Änderungen bleiben erhalten und können gespeichert werden, sobald er wieder da ist.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="222" />
            <source>This qube was removed; nothing can be saved.</source>
            <translation>Dieser Qube wurde entfernt; es kann nichts gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="244" />
            <source>Not saved: %s</source>
            <translation>Nicht gespeichert: %s</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="254" />
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="283" />
            <source>%d of %d changes could not be saved; the marked fields show why.</source>
            <translation>%d von %d Änderungen konnten nicht gespeichert werden; die markierten Felder zeigen den Grund.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="287" />
            <source>Settings not saved</source>
            <translation>Einstellungen nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="287" />
            <source>qubesd refused some changes of %s; the window stays open so you can correct them.</source>
            <translation>qubesd hat einige Änderungen an %s abgelehnt; das Fenster bleibt offen, damit Sie sie korrigieren können.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="292" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="300" />
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="300" />
            <source>You changed settings of %s that are not saved yet. Discard them?</source>
            <translation>Sie haben Einstellungen von %s geändert, die noch nicht gespeichert sind. Verwerfen?</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <location filename="../qubesmanager/settings/base.py" line="342" />
            <source>%s: changed meanwhile by another program (now: %s); your edit is kept.</source>
            <translation>%s: inzwischen von einem anderen Programm geändert (jetzt: %s); Ihre Änderung bleibt erhalten.</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindow</name>
        <message>
            <location filename="../ui/settings.ui" line="5" />
            <source>Qube settings</source>
            <translation>Qube-Einstellungen</translation>
        </message>
        <message>
            <location filename="../ui/settings.ui" line="10" />
            <source>Settings pages</source>
            <translation>Einstellungsseiten</translation>
        </message>
        <message>
            <location filename="../ui/settings.ui" line="17" />
            <source>Saving status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <location filename="../ui/settings.ui" line="23" />
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="42" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="43" />
            <source>What the backup will contain, as reported by the system.</source>
            <translation>Was die Sicherung enthalten wird, laut Angabe des Systems.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="48" />
            <source>Backup summary</source>
            <translation>Zusammenfassung der Sicherung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="51" />
            <source>Summary warning</source>
            <translation>Warnung zur Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="59" />
            <source>Asking the system…</source>
            <translation>Das System wird gefragt…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="64" />
            <source>Cannot write the backup profile: %1</source>
            <translation>Das Sicherungsprofil kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="78" />
            <source>A running qube has volume snapshots disabled: shut it down first, or the backup will fail.</source>
            <translation>Bei einem laufenden Qube sind Volume-Schnappschüsse deaktiviert: fahren Sie ihn zuerst herunter, sonst schlägt die Sicherung fehl.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="82" />
            <source>Running qubes will be backed up as they were before they started.</source>
            <translation>Laufende Qubes werden so gesichert, wie sie vor ihrem Start waren.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="87" />
            <source>The destination qube %1 will be started.</source>
            <translation>Der Ziel-Qube %1 wird gestartet.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="95" />
            <source>The system refused the backup: %1</source>
            <translation>Das System hat die Sicherung abgelehnt: %1</translation>
        </message>
    </context>
    <context>
        <name>TemplateManagerWindow</name>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="94" />
            <source>Close the template manager (%1)</source>
            <translation>Vorlagenverwaltung schließen (%1)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="109" />
            <source>Cancel pending change</source>
            <translation>Ausstehende Änderung abbrechen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="109" />
            <source>Change template of selection</source>
            <translation>Vorlage der Auswahl ändern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="109" />
            <source>Clone template…</source>
            <translation>Vorlage klonen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="109" />
            <source>Remove template…</source>
            <translation>Vorlage entfernen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="109" />
            <source>Set as default template</source>
            <translation>Als Standardvorlage festlegen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="186" />
            <source>(default)</source>
            <translation>(Standard)</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="203" />
            <source>%n pending</source>
            <translation>
                <numerusform>%n ausstehend</numerusform>
                <numerusform>%n ausstehend</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="204" />
            <source>Template {name}, {n} qubes, {status}</source>
            <translation>Vorlage {name}, {n} Qubes, {status}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="222" />
            <source>→ {template} when halted</source>
            <translation>→ {template} nach dem Ausschalten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="230" />
            <source>halted</source>
            <translation>ausgeschaltet</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="230" />
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="231" />
            <source>starting</source>
            <translation>startet</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="232" />
            <source>paused</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="232" />
            <source>shutting down</source>
            <translation>fährt herunter</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="233" />
            <source>crashed</source>
            <translation>abgestürzt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="233" />
            <source>suspended</source>
            <translation>im Ruhezustand</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="234" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="276" />
            <source>{name} now uses {template}.</source>
            <translation>{name} verwendet jetzt {template}.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="278" />
            <source>{done} of {total} changed.</source>
            <translation>{done} von {total} geändert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="281" />
            <source>%n wait for their qube to halt.</source>
            <translation>
                <numerusform>%n wartet auf das Ausschalten seines Qubes.</numerusform>
                <numerusform>%n warten auf das Ausschalten ihres Qubes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="295" />
            <source>%n change(s) failed.</source>
            <translation>
                <numerusform>%n Änderung fehlgeschlagen.</numerusform>
                <numerusform>%n Änderungen fehlgeschlagen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="296" />
            <source>Template change failed</source>
            <translation>Vorlagenwechsel fehlgeschlagen</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="326" />
            <source>&amp;Change %n qube(s)</source>
            <translation>
                <numerusform>%n Qube &amp;ändern</numerusform>
                <numerusform>%n Qubes &amp;ändern</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="342" />
            <source>Nothing to change: select qubes that use another template.</source>
            <translation>Nichts zu ändern: wählen Sie Qubes, die eine andere Vorlage verwenden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="349" />
            <source>%n of the selected qubes are running. Their template can change only while they are halted.</source>
            <translation>
                <numerusform>%n der ausgewählten Qubes läuft. Die Vorlage kann nur im ausgeschalteten Zustand geändert werden.</numerusform>
                <numerusform>%n der ausgewählten Qubes laufen. Ihre Vorlage kann nur im ausgeschalteten Zustand geändert werden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="354" />
            <source>Running qubes</source>
            <translation>Laufende Qubes</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="356" />
            <source>&amp;Shut down and change</source>
            <translation>&amp;Herunterfahren und ändern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="357" />
            <source>Change when &amp;halted</source>
            <translation>Nach dem &amp;Ausschalten ändern</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="376" />
            <source>%n will change when halted.</source>
            <translation>
                <numerusform>%n wird nach dem Ausschalten geändert.</numerusform>
                <numerusform>%n werden nach dem Ausschalten geändert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="376" />
            <source>Changing the template of %n qube(s) to {template}.</source>
            <translation>
                <numerusform>Die Vorlage von %n Qube wird auf {template} geändert.</numerusform>
                <numerusform>Die Vorlage von %n Qubes wird auf {template} geändert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="386" />
            <source>Undoing the last change: %n qube(s) go back to their previous template.</source>
            <translation>
                <numerusform>Letzte Änderung wird rückgängig gemacht: %n Qube kehrt zu seiner vorherigen Vorlage zurück.</numerusform>
                <numerusform>Letzte Änderung wird rückgängig gemacht: %n Qubes kehren zu ihrer vorherigen Vorlage zurück.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="413" />
            <source>global setting {prop}</source>
            <translation>globale Einstellung {prop}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="415" />
            <source>{name} cannot be removed while it is in use. Move these to another template or change the setting first:</source>
            <translation>{name} kann nicht entfernt werden, solange es verwendet wird. Stellen Sie diese zuerst auf eine andere Vorlage um oder ändern Sie die Einstellung:</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="421" />
            <source>Template in use</source>
            <translation>Vorlage in Verwendung</translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="422" />
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiterer</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="437" />
            <source>%n template change(s) wait for their qube to halt and are applied only while this window is open. Close and drop them?</source>
            <translation>
                <numerusform>%n Vorlagenwechsel wartet auf das Ausschalten seines Qubes und wird nur angewendet, solange dieses Fenster offen ist. Schließen und verwerfen?</numerusform>
                <numerusform>%n Vorlagenwechsel warten auf das Ausschalten ihrer Qubes und werden nur angewendet, solange dieses Fenster offen ist. Schließen und verwerfen?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="437" />
            <source>Pending changes</source>
            <translation>Ausstehende Änderungen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="457" />
            <source>Could not set the default template</source>
            <translation>Die Standardvorlage konnte nicht festgelegt werden</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="6" />
            <source>Template manager</source>
            <translation>Vorlagenverwaltung</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="13" />
            <source>Qubes grouped by the template they use. Select qubes, or a template to select all its qubes, then choose a new template. Running qubes change when they halt.</source>
            <translation>Qubes nach ihrer Vorlage gruppiert. Wählen Sie Qubes oder eine Vorlage (wählt alle ihre Qubes) und dann eine neue Vorlage. Laufende Qubes wechseln nach dem Ausschalten.</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="18" />
            <source>Filter qubes and templates (Ctrl+F)</source>
            <translation>Qubes und Vorlagen filtern (Strg+F)</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="19" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="25" />
            <source>Templates and the qubes that use them</source>
            <translation>Vorlagen und die Qubes, die sie verwenden</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="31" />
            <source>Template / qube</source>
            <translation>Vorlage / Qube</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="32" />
            <source>Qubes</source>
            <translation>Qubes</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="33" />
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="35" />
            <source>Disk</source>
            <translation>Datenträger</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="36" />
            <source>Pending change</source>
            <translation>Ausstehende Änderung</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="43" />
            <source>Change &amp;template to:</source>
            <translation>&amp;Vorlage ändern auf:</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="49" />
            <source>New template</source>
            <translation>Neue Vorlage</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="55" />
            <source>&amp;Change</source>
            <translation>&amp;Ändern</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="56" />
            <source>Change template of the selected qubes</source>
            <translation>Vorlage der ausgewählten Qubes ändern</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="61" />
            <source>&amp;Undo last change</source>
            <translation>Letzte Änderung &amp;rückgängig machen</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="62" />
            <source>Undo the last template change</source>
            <translation>Den letzten Vorlagenwechsel rückgängig machen</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="67" />
            <source>Cancel &amp;pending</source>
            <translation>&amp;Ausstehende abbrechen</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="68" />
            <source>Cancel pending changes of the selected qubes</source>
            <translation>Ausstehende Änderungen der ausgewählten Qubes abbrechen</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="80" />
            <source>C&amp;lone template…</source>
            <translation>Vorlage k&amp;lonen…</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="81" />
            <source>Clone the current template</source>
            <translation>Die aktuelle Vorlage klonen</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="86" />
            <source>&amp;Remove template…</source>
            <translation>Vorlage &amp;entfernen…</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="87" />
            <source>Remove the current template</source>
            <translation>Die aktuelle Vorlage entfernen</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="92" />
            <source>Set as &amp;default</source>
            <translation>Als &amp;Standard festlegen</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="93" />
            <source>Set the current template as the default template</source>
            <translation>Die aktuelle Vorlage als Standardvorlage festlegen</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="101" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../ui/templates.ui" line="109" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="38" />
            <source>Qube notification</source>
            <translation>Qube-Benachrichtigung</translation>
        </message>
    </context>
    <context>
        <name>ToolLauncher</name>
        <message>
            <location filename="../qubesmanager/tray/tools.py" line="54" />
            <source>{what} is already open.</source>
            <translation>{what} ist bereits geöffnet.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/tools.py" line="59" />
            <source>Could not open {what}</source>
            <translation>{what} konnte nicht geöffnet werden</translation>
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <location filename="../qubesmanager/launch.py" line="222" />
            <source>Cannot connect</source>
            <translation>Keine Verbindung möglich</translation>
        </message>
    </context>
    <context>
        <name>manager</name>
        <message>
            <location filename="../qubesmanager/manager/app.py" line="18" />
            <source>Qube Manager: see and manage every qube</source>
            <translation>Qube-Manager: alle Qubes sehen und verwalten</translation>
        </message>
    </context>
    <context>
        <name>manager.actions</name>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;About</source>
            <translation>&amp;Über</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Back up selected…</source>
            <translation>Auswahl &amp;sichern…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Backup…</source>
            <translation>&amp;Sicherung…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Clone…</source>
            <translation>&amp;Klonen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Firewall…</source>
            <translation>&amp;Firewall…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Global settings</source>
            <translation>&amp;Globale Einstellungen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Kill</source>
            <translation>&amp;Zwangsbeenden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Logs</source>
            <translation>&amp;Protokolle</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;New qube…</source>
            <translation>&amp;Neuer Qube…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Pause</source>
            <translation>&amp;Anhalten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Restore backup…</source>
            <translation>Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Template manager</source>
            <translation>&amp;Vorlagenverwaltung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Update</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>About Qube Manager</source>
            <translation>Über den Qube-Manager</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Back up qubes</source>
            <translation>Qubes sichern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Back up the selected qubes</source>
            <translation>Die ausgewählten Qubes sichern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Base the selected qubes on another template</source>
            <translation>Die ausgewählten Qubes auf eine andere Vorlage stellen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Change &amp;net qube…</source>
            <translation>&amp;Netz-Qube ändern…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Change &amp;template…</source>
            <translation>&amp;Vorlage ändern…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Change the label colour of the selected qubes</source>
            <translation>Die Labelfarbe der ausgewählten Qubes ändern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Clone the selected qube</source>
            <translation>Den ausgewählten Qube klonen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Close Qube Manager</source>
            <translation>Qube-Manager schließen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Connect the selected qubes to another net qube</source>
            <translation>Die ausgewählten Qubes mit einem anderen Netz-Qube verbinden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Create a new qube</source>
            <translation>Einen neuen Qube anlegen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>E&amp;xit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Edit the firewall rules of the selected qube</source>
            <translation>Die Firewall-Regeln des ausgewählten Qubes bearbeiten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Include in &amp;backups</source>
            <translation>In &amp;Sicherungen aufnehmen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Include or exclude the selected qubes from backups</source>
            <translation>Die ausgewählten Qubes in Sicherungen aufnehmen oder davon ausnehmen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Open &amp;terminal</source>
            <translation>&amp;Terminal öffnen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Open a terminal in the selected qubes</source>
            <translation>Ein Terminal in den ausgewählten Qubes öffnen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Open c&amp;onsole</source>
            <translation>K&amp;onsole öffnen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Open the settings of the selected qubes</source>
            <translation>Die Einstellungen der ausgewählten Qubes öffnen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Open the text console of the selected qube</source>
            <translation>Die Textkonsole des ausgewählten Qubes öffnen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Pause the selected qubes (emergency stop of their CPUs)</source>
            <translation>Die ausgewählten Qubes anhalten (Notstopp ihrer CPUs)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Power off at once, without a clean shutdown</source>
            <translation>Sofort ausschalten, ohne sauberes Herunterfahren</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>R&amp;un command…</source>
            <translation>Befehl a&amp;usführen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Re&amp;move…</source>
            <translation>&amp;Entfernen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Remove the selected qubes</source>
            <translation>Die ausgewählten Qubes entfernen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Rest&amp;art</source>
            <translation>Neu st&amp;arten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Restore qubes from a backup</source>
            <translation>Qubes aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Resume paused qubes</source>
            <translation>Angehaltene Qubes fortsetzen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Run a command in the selected qubes</source>
            <translation>Einen Befehl in den ausgewählten Qubes ausführen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>S&amp;ettings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Set &amp;label…</source>
            <translation>&amp;Label festlegen…</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Show the logs of the selected qube</source>
            <translation>Die Protokolle des ausgewählten Qubes anzeigen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Shut &amp;down</source>
            <translation>&amp;Herunterfahren</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Shut down and start again</source>
            <translation>Herunterfahren und wieder starten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Shut down the selected qubes</source>
            <translation>Die ausgewählten Qubes herunterfahren</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Start the selected qubes</source>
            <translation>Die ausgewählten Qubes starten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Switch the templates of many qubes</source>
            <translation>Die Vorlagen vieler Qubes wechseln</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>System-wide Qubes settings</source>
            <translation>Systemweite Qubes-Einstellungen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Update the selected templates and standalones</source>
            <translation>Die ausgewählten Vorlagen und eigenständigen Qubes aktualisieren</translation>
        </message>
    </context>
    <context>
        <name>manager.columns</name>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="54" />
            <source>Admin qube</source>
            <translation>Admin-Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="55" />
            <source>App qube</source>
            <translation>App-Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="57" />
            <source>Standalone</source>
            <translation>Eigenständig</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="58" />
            <source>Disposable</source>
            <translation>Einweg-Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="60" />
            <source>Remote qube</source>
            <translation>Entfernter Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="112" />
            <source>Starting (transient)</source>
            <translation>Startet (Übergang)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="113" />
            <source>Shutting down</source>
            <translation>Fährt herunter</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="114" />
            <source>Shutting down (dying)</source>
            <translation>Fährt herunter (wird beendet)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="115" />
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="116" />
            <source>Suspended</source>
            <translation>Im Ruhezustand</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="118" />
            <source>Crashed</source>
            <translation>Abgestürzt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="119" />
            <source>State unknown</source>
            <translation>Zustand unbekannt</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="120" />
            <source>Halted; starting is prohibited (see the Advanced settings for the rationale)</source>
            <translation>Ausgeschaltet; Starten ist untersagt (Begründung in den erweiterten Einstellungen)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="126" />
            <source>Its template changed: restart the qube to apply the changes</source>
            <translation>Seine Vorlage hat sich geändert: starten Sie den Qube neu, um die Änderungen zu übernehmen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="129" />
            <source>Its template is running: shut the template down, then restart this qube to apply its changes</source>
            <translation>Seine Vorlage läuft: fahren Sie die Vorlage herunter und starten Sie dann diesen Qube neu, um ihre Änderungen zu übernehmen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="132" />
            <source>Updates available</source>
            <translation>Aktualisierungen verfügbar</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="134" />
            <source>Excluded from updates</source>
            <translation>Von Aktualisierungen ausgenommen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="136" />
            <source>This template reached its end of life: install a newer one</source>
            <translation>Diese Vorlage hat ihr Lebensende erreicht: installieren Sie eine neuere</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="139" />
            <source>Preloaded disposable</source>
            <translation>Vorgeladener Einweg-Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="159" />
            <source>default ({})</source>
            <translation>Standard ({})</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="160" />
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="180" />
            <source>Yes (preloaded)</source>
            <translation>Ja (vorgeladen)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="188" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="210" />
            <source>Never backed up</source>
            <translation>Nie gesichert</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="215" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Backup</source>
            <translation>Sicherung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>CPU usage (running qubes)</source>
            <translation>CPU-Auslastung (laufende Qubes)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Default disposable template</source>
            <translation>Standard-Einweg-Vorlage</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Disk usage</source>
            <translation>Datenträgerbelegung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Disposable template</source>
            <translation>Einweg-Vorlage</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>IP</source>
            <translation>IP</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Include in backups by default (click to change)</source>
            <translation>Standardmäßig in Sicherungen aufnehmen (zum Ändern klicken)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Label colour</source>
            <translation>Labelfarbe</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Last backup</source>
            <translation>Letzte Sicherung</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Memory</source>
            <translation>Arbeitsspeicher</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Memory assigned (running qubes)</source>
            <translation>Zugeteilter Speicher (laufende Qubes)</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Net qube</source>
            <translation>Netz-Qube</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Power state and update marks</source>
            <translation>Betriebszustand und Aktualisierungshinweise</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Space used by the qube's own volumes</source>
            <translation>Von den eigenen Volumes des Qubes belegter Platz</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>The qube has notes</source>
            <translation>Der Qube hat Notizen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Virt mode</source>
            <translation>Virt.-Modus</translation>
        </message>
    </context>
    <context>
        <name>manager.programs</name>
        <message>
            <location filename="../qubesmanager/manager/programs.py" line="54" />
            <source>{} is not installed in this domain</source>
            <translation>{} ist in dieser Domäne nicht installiert</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/programs.py" line="58" />
            <source>{} could not be started</source>
            <translation>{} konnte nicht gestartet werden</translation>
        </message>
    </context>
    <context>
        <name>p</name>
        <message>
            <location filename="../qubesmanager/bench/settings.py" line="61" />
            <source>Reading revisions…</source>
            <translation>Revisionen werden gelesen…</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="24" />
            <source>About Qube Manager</source>
            <translation>Über den Qube-Manager</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="28" />
            <source>&lt;b&gt;Qube Manager&lt;/b&gt; {}</source>
            <translation>&lt;b&gt;Qube-Manager&lt;/b&gt; {}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="30" />
            <source>the embedded sandbox ({})</source>
            <translation>der eingebetteten Sandbox ({})</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="33" />
            <source>a sandbox at {}</source>
            <translation>einer Sandbox unter {}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="35" />
            <source>qubesd ({})</source>
            <translation>qubesd ({})</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="37" />
            <source>Manage the qubes of a Qubes OS system through the Admin API.

Connected to {target}: {count} qubes, {running} running.

Python {py}, Qt {qt}, PyQt {pyqt}</source>
            <translation>Die Qubes eines Qubes-OS-Systems über die Admin-API verwalten.

Verbunden mit {target}: {count} Qubes, {running} laufen.

Python {py}, Qt {qt}, PyQt {pyqt}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="118" />
            <source>New label for: {}</source>
            <translation>Neues Label für: {}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="118" />
            <source>Set label</source>
            <translation>Label festlegen</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="134" />
            <source>Change net qube</source>
            <translation>Netz-Qube ändern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="134" />
            <source>Net qube for: {}</source>
            <translation>Netz-Qube für: {}</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="151" />
            <source>Change template</source>
            <translation>Vorlage ändern</translation>
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="151" />
            <source>Template for: {}</source>
            <translation>Vorlage für: {}</translation>
        </message>
    </context>
</TS>
