<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>@default</name>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="51" />
            <source>Show only these qubes (filters of the same kind add up, running/halted narrow the others down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="54" />
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="55" />
            <source>Halted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="56" />
            <source>Templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="57" />
            <source>Standalone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="58" />
            <source>Disposables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="58" />
            <source>Disposables and disposable templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="60" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="60" />
            <source>Qubes that provide network to others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="61" />
            <source>App qubes, standalones and disposables you work in: not service qubes (network, USB…), disposable templates or internal qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="61" />
            <source>My qubes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdvancedTab</name>
        <message>
            <location filename="../ui/settings_advanced.ui" line="9" />
            <source>Memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="13" />
            <source>&amp;Initial memory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="14" />
            <source>memory_spin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="20" />
            <source>Initial memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="28" />
            <source>Include in memory &amp;balancing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="29" />
            <source>Include in memory balancing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="34" />
            <source>Ma&amp;x memory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="35" />
            <source>maxmem_spin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="41" />
            <source>Max memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="42" />
            <source> MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="49" />
            <source>Memory warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="58" />
            <source>CPU and kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="62" />
            <source>&amp;VCPUs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="63" />
            <source>vcpus_spin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="71" />
            <source>VCPUs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="76" />
            <source>&amp;Kernel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="77" />
            <source>kernel_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="83" />
            <source>Kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="88" />
            <source>Kernel &amp;options:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="89" />
            <source>kernelopts_edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="95" />
            <source>Kernel options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="100" />
            <source>Virtualization &amp;mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="101" />
            <source>virt_mode_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="107" />
            <source>Virtualization mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="113" />
            <source>Virtualization warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="122" />
            <source>Disposables and network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="126" />
            <source>Default &amp;disposable template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="127" />
            <source>default_dispvm_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="133" />
            <source>Default disposable template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="138" />
            <source>Disposable &amp;template (other qubes can start disposables from it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="139" />
            <source>Disposable template (other qubes can start disposables from it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="144" />
            <source>&amp;Provides network access to other qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="145" />
            <source>Provides network access to other qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="150" />
            <source>Boot &amp;qube from CD-ROM or block device…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="151" />
            <source>Boot qube from CD-ROM or block device…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="160" />
            <source>Volume revisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="166" />
            <source>Vo&amp;lume:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="167" />
            <source>volume_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="173" />
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="186" />
            <source>Revisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="194" />
            <source>&amp;Revert to selected revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="196" />
            <source>Revert to selected revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="210" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_advanced.ui" line="220" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApplicationsTab</name>
        <message>
            <location filename="../ui/settings_applications.ui" line="12" />
            <source>A&amp;vailable applications:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="13" />
            <source>available_list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="19" />
            <source>Available applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="35" />
            <source>&amp;Add →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="36" />
            <source>Add to menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="41" />
            <source>← &amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="42" />
            <source>Remove from menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="57" />
            <source>&amp;Shown in the application menu:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="58" />
            <source>selected_list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="59" />
            <source>Shown in the application menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="64" />
            <source>Applications in menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="76" />
            <source>Re&amp;fresh applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="77" />
            <source>Refresh applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="91" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_applications.ui" line="98" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupDestinationPage</name>
        <message>
            <location filename="../ui/backup_destination.ui" line="8" />
            <source>Destination &amp;qube:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="14" />
            <source>Destination qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="19" />
            <source>&amp;Path:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="27" />
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="32" />
            <source>B&amp;rowse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="33" />
            <source>Browse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="40" />
            <source>Free space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="46" />
            <source>P&amp;assphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="52" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="58" />
            <source>&amp;Confirm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="64" />
            <source>Confirm passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="70" />
            <source>Passphrase problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="76" />
            <source>Compress the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="77" />
            <source>Co&amp;mpress the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="82" />
            <source>Save these settings as default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/backup_destination.ui" line="83" />
            <source>&amp;Save these settings as default (without the passphrase)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupWizard</name>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="214" />
            <source>Qubes Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="215" />
            <source>Back up qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="249" />
            <source>Cancel backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="262" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BasicTab</name>
        <message>
            <location filename="../ui/settings_basic.ui" line="9" />
            <source>Qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="13" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="14" />
            <source>name_edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="23" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="28" />
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="29" />
            <source>Rename the qube (only while it is halted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="30" />
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="37" />
            <source>&amp;Label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="38" />
            <source>label_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="44" />
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="49" />
            <source>&amp;Template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="50" />
            <source>template_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="56" />
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="61" />
            <source>Net &amp;qube:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="62" />
            <source>netvm_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="68" />
            <source>Net qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="75" />
            <source>Net qube warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="84" />
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="88" />
            <source>Include in &amp;backups by default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="89" />
            <source>Include in backups by default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="94" />
            <source>&amp;Start qube automatically on boot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="95" />
            <source>Start qube automatically on boot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="100" />
            <source>Run in &amp;debug mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="101" />
            <source>Run in debug mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="110" />
            <source>Disk storage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="114" />
            <source>&amp;Private storage max size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="115" />
            <source>private_size_spin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="123" />
            <source>Private storage max size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="130" />
            <source>Private storage usage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="137" />
            <source>S&amp;ystem storage max size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="138" />
            <source>root_size_spin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="146" />
            <source>System storage max size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="147" />
            <source> MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="153" />
            <source>System storage usage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="160" />
            <source>Disk revisions kept:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="161" />
            <source>revisions_label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="167" />
            <source>Disk revisions kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="173" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="182" />
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="186" />
            <source>Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="187" />
            <source>class_label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="193" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="198" />
            <source>IP address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="199" />
            <source>ip_label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="205" />
            <source>IP address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="211" />
            <source>Gateway:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="212" />
            <source>gateway_label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="218" />
            <source>Gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="223" />
            <source>DNS:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="224" />
            <source>dns_label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="230" />
            <source>DNS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="235" />
            <source>Created by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="236" />
            <source>created_by_label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="242" />
            <source>Created by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="252" />
            <source>&amp;Clone qube…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="253" />
            <source>Clone qube…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="258" />
            <source>Del&amp;ete qube…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="259" />
            <source>Delete qube…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_basic.ui" line="274" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BootDeviceDialog</name>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="5" />
            <source>Boot qube from device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="11" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="16" />
            <source>From an existing &amp;block device:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="18" />
            <source>From an existing block device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="23" />
            <source>Block device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="28" />
            <source>From an &amp;ISO file in a qube:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="29" />
            <source>From an ISO file in a qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="36" />
            <source>Qube holding the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="41" />
            <source>File path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="42" />
            <source>/home/user/install.iso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="50" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_bootdevice.ui" line="56" />
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BulkProgressDialog</name>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="72" />
            <source>Qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="72" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="76" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="95" />
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="113" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="115" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="118" />
            <source>Failed: {}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/widgets/progress.py" line="132" />
            <source>%n succeeded</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/widgets/progress.py" line="134" />
            <source>%n failed</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/widgets/progress.py" line="136" />
            <source>%n cancelled</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/widgets/progress.py" line="165" />
            <source>Cancelling: calls already sent will finish, the others are skipped.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChooserDialog</name>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="84" />
            <source>&amp;Choice:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CloneQubeDialog</name>
        <message>
            <location filename="../ui/dialog_clone.ui" line="5" />
            <source>Clone qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="11" />
            <source>Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="12" />
            <source>source_label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="13" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="18" />
            <source>Source qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="23" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="24" />
            <source>name_edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="30" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="37" />
            <source>Name problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="42" />
            <source>&amp;Label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="43" />
            <source>label_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="49" />
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="54" />
            <source>Storage &amp;pool:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="55" />
            <source>pool_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="61" />
            <source>Storage pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="66" />
            <source>Open &amp;settings after cloning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="67" />
            <source>Open settings after cloning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="75" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_clone.ui" line="81" />
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandDialog</name>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="162" />
            <source>Run command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="167" />
            <source>Command to run in {}:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreateQubeDialog</name>
        <message>
            <location filename="../ui/dialog_create.ui" line="5" />
            <source>Create new qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="11" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="12" />
            <source>name_edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="18" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="25" />
            <source>Name problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="30" />
            <source>&amp;Label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="31" />
            <source>label_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="37" />
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="42" />
            <source>T&amp;ype:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="43" />
            <source>klass_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="49" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="54" />
            <source>&amp;Template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="55" />
            <source>template_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="61" />
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="66" />
            <source>Net &amp;qube:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="67" />
            <source>netvm_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="73" />
            <source>Net qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="78" />
            <source>Storage &amp;pool:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="79" />
            <source>pool_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="85" />
            <source>Storage pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="90" />
            <source>P&amp;rovides network access to other qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="91" />
            <source>Provides network access to other qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="96" />
            <source>&amp;Install an operating system from a device after creation (HVM, own kernel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="97" />
            <source>Install an operating system from a device after creation (HVM, own kernel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="102" />
            <source>Open &amp;settings after creation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="103" />
            <source>Open settings after creation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="111" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_create.ui" line="117" />
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DestinationPage</name>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="23" />
            <source>The passphrase is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="23" />
            <source>The passphrase must not contain line breaks or control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="183" />
            <source>Destination and encryption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="184" />
            <source>The archive is encrypted and authenticated with the passphrase; it cannot be restored without it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="189" />
            <source>directory, or a command in the qube that receives the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="221" />
            <source>Backup directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="232" />
            <source>The passphrases do not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="245" />
            <source>Free space in the qube cannot be checked from here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="248" />
            <source>Free space there: %1; the selected qubes use %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="253" />
            <source>The archive may not fit (it is smaller only if it compresses well).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DevicesTab</name>
        <message>
            <location filename="../ui/settings_devices.ui" line="10" />
            <source>Devices warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="19" />
            <source>A&amp;vailable PCI devices:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="20" />
            <source>available_list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="26" />
            <source>Filter devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="27" />
            <source>Filter: vendor, product or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="33" />
            <source>Available PCI devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="49" />
            <source>&amp;Add →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="50" />
            <source>Assign selected devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="55" />
            <source>← &amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="56" />
            <source>Unassign selected devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="71" />
            <source>Devices always &amp;connected to this qube:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="72" />
            <source>assigned_list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="73" />
            <source>Devices always connected to this qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="78" />
            <source>Assigned PCI devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="89" />
            <source>Options of the selected assigned device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="93" />
            <source>No &amp;strict reset (use only after a reset error: the device may leak data between qubes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="94" />
            <source>No strict reset (use only after a reset error: the device may leak data between qubes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="99" />
            <source>&amp;Permissive mode (lets the qube write the device's whole configuration space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="100" />
            <source>Permissive mode (lets the qube write the device's whole configuration space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="109" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_devices.ui" line="116" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="69" />
            <source>Boot %s from a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="74" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="85" />
            <source>%s is running: shut it down first, the device is used at boot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="88" />
            <source>%s is not in HVM mode: only HVM qubes can boot from a CD-ROM or disk image (Advanced tab).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="93" />
            <source>Looking for block devices…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="105" />
            <source>No block device is available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="109" />
            <source>Could not list block devices: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="134" />
            <source>%s exposes no loop device for that file. In the qube, run 'sudo losetup -f --show FILE' (it needs to be running), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="134" />
            <source>The qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="145" />
            <source>Starting %s from %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="150" />
            <source>Could not start: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/bootdevice.py" line="151" />
            <source>Could not start %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="49" />
            <source>Clone %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="62" />
            <source>Clone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="67" />
            <source>Cloning progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="70" />
            <source>%s cannot be cloned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="77" />
            <source>This qube cannot be cloned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="89" />
            <source>Cloning %s to %s (copying its disks)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="110" />
            <source>Could not clone: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="111" />
            <source>Could not clone %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="124" />
            <source>Clone qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clone.py" line="124" />
            <source>No qube named %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clonejob.py" line="49" />
            <source>Cloning was cancelled, but the new qube %s could not be removed: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clonejob.py" line="58" />
            <source>Cloning was cancelled before it started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/clonejob.py" line="62" />
            <source>Cloning was cancelled; the copy %s was removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/common.py" line="20" />
            <source>Type a name for the qube.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="22" />
            <source>App qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="22" />
            <source>Named disposable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="22" />
            <source>Standalone qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="22" />
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="45" />
            <source>Creating %s was cancelled; it was removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="57" />
            <source>%s was created, but configuring it failed: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="104" />
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="110" />
            <source>Creation progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="124" />
            <source>The template the qube's system is based on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="130" />
            <source>The disposable template to start from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="137" />
            <source>Copy this template, or (none) for an empty qube to install an operating system in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="166" />
            <source>Creating %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="176" />
            <source>Created %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="189" />
            <source>Could not create the qube: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="190" />
            <source>Could not create the qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/create.py" line="199" />
            <source>Create new qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/logs.py" line="85" />
            <source>Logs: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/logs.py" line="108" />
            <source>No logs of %s in %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/logs.py" line="125" />
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/logs.py" line="143" />
            <source>Showing the last %d lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/logs.py" line="152" />
            <source>Cannot read the log: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="50" />
            <source>not deleted: cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="72" />
            <source>Delete %d qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="72" />
            <source>Delete %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="75" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="106" />
            <source>%s does not exist any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="110" />
            <source>dom0 cannot be deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="112" />
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="113" />
            <source>%s is running: shut it down first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="115" />
            <source>installed by the package manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="116" />
            <source>%s was installed by the package manager: remove its package instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="125" />
            <source>global setting %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="127" />
            <source>%s — uses %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="131" />
            <source>%d settings still use the qubes to delete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="132" />
            <source>These settings use the qubes and must be changed first (in the qube's settings or the global settings):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="136" />
            <source>No other qube or global setting uses them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="137" />
            <source>Deleting removes the qubes and all their data for good. This cannot be undone; make a backup first if you may need them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="140" />
            <source>Type &lt;b&gt;%s&lt;/b&gt; to confirm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="140" />
            <source>Type the number of qubes to delete (&lt;b&gt;%s&lt;/b&gt;) to confirm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="162" />
            <source>Deleting %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="177" />
            <source>Stopping after the qube being deleted…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="190" />
            <source>%s: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="193" />
            <source>Deleted: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="195" />
            <source>Not deleted (cancelled): %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="197" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="201" />
            <source>Some qubes could not be deleted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="203" />
            <source>Delete qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/dialogs/remove.py" line="203" />
            <source>Some qubes could not be deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DomainsTray</name>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="90" />
            <source>Qubes domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="130" />
            <source>Memory  CPU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="130" />
            <source>Qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="133" />
            <source>dom0 tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="136" />
            <source>Global settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="138" />
            <source>Template manager…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="142" />
            <source>No qubes running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="146" />
            <source>Internal qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="148" />
            <source>Unpause all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="151" />
            <source>Open Qube Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="282" />
            <source>Qubes daemon unreachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="282" />
            <source>The menu shows the last known state until the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/tray/applet.py" line="316" />
            <source>Qubes: %n running</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="320" />
            <source>Memory in use: {size} of {total} ({pct} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="325" />
            <source>Memory in use: {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="345" />
            <source>Qubes Domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="347" />
            <source>No system tray is available on this desktop, so the domains menu is shown in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="352" />
            <source>Qubes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/applet.py" line="353" />
            <source>Open the domains menu</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirewallRuleDialog</name>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="5" />
            <source>Firewall rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="11" />
            <source>&amp;Action:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="12" />
            <source>action_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="18" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="23" />
            <source>A&amp;ddress:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="24" />
            <source>address_edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="30" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="31" />
            <source>example.com, 192.168.1.0/24, 2001:db8::/32 or empty for any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="36" />
            <source>&amp;Protocol:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="37" />
            <source>proto_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="43" />
            <source>Protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="48" />
            <source>Port or &amp;service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="49" />
            <source>port_edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="55" />
            <source>Port or service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="56" />
            <source>443, 8000-8080 or https</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="61" />
            <source>ICMP &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="62" />
            <source>icmptype_edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="68" />
            <source>ICMP type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="69" />
            <source>any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="74" />
            <source>Rule &amp;expires at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="75" />
            <source>Rule expires at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="80" />
            <source>Expiry time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="86" />
            <source>&amp;Comment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="87" />
            <source>comment_edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="93" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="101" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="102" />
            <source>Filtering works on IP addresses: a host name is resolved when the rules are applied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="108" />
            <source>Rule problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_fwrule.ui" line="114" />
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirewallTab</name>
        <message>
            <location filename="../ui/settings_firewall.ui" line="10" />
            <source>Firewall warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="15" />
            <source>&amp;Allow all outgoing Internet connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="16" />
            <source>Allow all outgoing Internet connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="21" />
            <source>&amp;Limit outgoing Internet connections to the rules below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="22" />
            <source>Limit outgoing Internet connections to the rules below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="27" />
            <source>Firewall rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="31" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="32" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="33" />
            <source>Port or service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="34" />
            <source>Protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="35" />
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="36" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="43" />
            <source>A&amp;dd…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="44" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="49" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="50" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="55" />
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="56" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="61" />
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="62" />
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="67" />
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="68" />
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="83" />
            <source>Temporarily allow &amp;full access for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="84" />
            <source>Temporarily allow full access for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="92" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="93" />
            <source>Minutes of full access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="106" />
            <source>Allow D&amp;NS queries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="107" />
            <source>Allow DNS queries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="112" />
            <source>Allow &amp;ICMP traffic (ping)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="113" />
            <source>Allow ICMP traffic (ping)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="119" />
            <source>Firewall note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="120" />
            <source>Rules are checked in order; traffic no rule allows is dropped. To block all traffic, set the net qube to none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="126" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_firewall.ui" line="133" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GlobalSettingsWindow</name>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="103" />
            <source>Pool for kernel volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="103" />
            <source>Pool for private volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="103" />
            <source>Pool for root volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="103" />
            <source>Pool for volatile volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="122" />
            <source>qmemman reads these values from /etc/qubes/qmemman.conf, which the Admin API cannot change: they are kept as dom0 features ({a}, {b}). On a real system copy them into qmemman.conf and restart qmemman; on the sandbox they are only simulated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="132" />
            <source>&amp;Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/globalsettings/window.py" line="153" />
            <source>%n qube(s) follow the default and will use {value} as {what}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="180" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="197" />
            <source>Could not list storage pools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="200" />
            <source>Could not list installed kernels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="236" />
            <source>{title} was changed elsewhere to {value}; Apply will replace it with your choice, Discard changes shows the new value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="263" />
            <source>Applying…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="281" />
            <source>Some settings were not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="285" />
            <source>Could not save all settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="287" />
            <source>Settings saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="309" />
            <source>Discard changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/globalsettings/window.py" line="309" />
            <source>Some settings were changed but not applied. Close and discard them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="5" />
            <source>Qubes global settings[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="6" />
            <source>Qubes global settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="10" />
            <source>Settings pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="12" />
            <source>&amp;General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="16" />
            <source>&amp;Clock qube:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="22" />
            <source>Clock qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="23" />
            <source>Qube that synchronises the system clock over the network; dom0 and all qubes take their time from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="28" />
            <source>Default &amp;template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="34" />
            <source>Default template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="35" />
            <source>Template used for new qubes when none is chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="40" />
            <source>Default &amp;net qube:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="46" />
            <source>Default net qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="47" />
            <source>Net qube of every qube whose net qube is left at its default.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="52" />
            <source>Default d&amp;isposable template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="58" />
            <source>Default disposable template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="59" />
            <source>Disposable template used by qubes that do not name their own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="64" />
            <source>Default &amp;kernel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="70" />
            <source>Default kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="71" />
            <source>Kernel (from the linux-kernel pool) of qubes whose kernel is left at its default.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="77" />
            <source>&amp;Storage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="83" />
            <source>Default p&amp;ool:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="89" />
            <source>Default pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="90" />
            <source>Pool for new volumes of every kind unless a kind below names its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="95" />
            <source>&amp;Root volumes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="101" />
            <source>Default pool for root volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="107" />
            <source>&amp;Private volumes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="113" />
            <source>Default pool for private volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="119" />
            <source>&amp;Volatile volumes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="125" />
            <source>Default pool for volatile volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="131" />
            <source>&amp;Kernel volumes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="137" />
            <source>Default pool for kernel volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="146" />
            <source>Existing volumes stay where they are; these pools are used for volumes created from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="153" />
            <source>&amp;Memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="157" />
            <source>Minimum memory &amp;per qube:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="158" />
            <source>Minimum memory per qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="158" />
            <source>The memory balancer never takes a qube below this amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="159" />
            <source>dom0 memory &amp;boost:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="160" />
            <source> MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="160" />
            <source>Extra memory the balancer keeps for dom0 on top of what it uses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="160" />
            <source>dom0 memory boost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="161" />
            <source>dom0 memory limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="162" />
            <source>dom0 memory limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="168" />
            <source>About memory balancing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="175" />
            <source>&amp;Updates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="181" />
            <source>dom0 updat&amp;e qube:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="187" />
            <source>dom0 update qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="188" />
            <source>Qube that downloads dom0 updates; it needs network access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="193" />
            <source>Check for updates in &amp;qubes by default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="193" />
            <source>Check for updates in qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="193" />
            <source>Qubes check for updates of their templates and report them to dom0 (global property check_updates_vm).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="194" />
            <source>Check fo&amp;r dom0 updates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="194" />
            <source>Check for dom0 updates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="194" />
            <source>dom0 checks for its own updates through the update qube (dom0 feature service.qubes-update-check).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/globalsettings.ui" line="203" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabelCombo</name>
        <message>
            <location filename="../qubesmanager/widgets/label_combo.py" line="40" />
            <source>Label</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocationPage</name>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="34" />
            <source>Backup to restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="35" />
            <source>Where the archive is, and the passphrase it was made with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="56" />
            <source>Backup archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="86" />
            <source>Reading and verifying the backup header…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="103" />
            <source>Header verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="110" />
            <source>Cannot use this backup: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <location filename="../ui/dialog_logs.ui" line="5" />
            <source>Logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="11" />
            <source>Log &amp;file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="12" />
            <source>file_combo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="18" />
            <source>Log file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="23" />
            <source>File size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="37" />
            <source>Log text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="45" />
            <source>Last &amp;lines:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="46" />
            <source>lines_spin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="47" />
            <source>Last lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="56" />
            <source>Number of lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="61" />
            <source>F&amp;ollow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="62" />
            <source>Follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="67" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="68" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="73" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="74" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="88" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_logs.ui" line="94" />
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerCentral</name>
        <message>
            <location filename="../ui/manager_central.ui" line="35" />
            <source>Lost the connection to qubesd. Reconnecting… The list is shown as it was and is reloaded once the daemon is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/manager_central.ui" line="50" />
            <source>&amp;Search:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/manager_central.ui" line="63" />
            <source>name, tag, type or template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/manager_central.ui" line="79" />
            <source>Show qubes the system uses internally (feature 'internal')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/manager_central.ui" line="82" />
            <source>Show &amp;internal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerWindow</name>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="75" />
            <source>Qube Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="230" />
            <source>Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="251" />
            <source>&amp;System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="252" />
            <source>&amp;Qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="253" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="254" />
            <source>&amp;Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="256" />
            <source>Show &amp;internal qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="262" />
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="266" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="327" />
            <source>Exclude from &amp;backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="327" />
            <source>Include in &amp;backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="444" />
            <source>{total} qubes, {running} running, {shown} shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="447" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="450" />
            <source>(reading disk usage…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/window.py" line="452" />
            <source>[sandbox]</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <location filename="../ui/settings_notes.ui" line="8" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_notes.ui" line="16" />
            <source>Notes size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_notes.ui" line="30" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_notes.ui" line="37" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="98" />
            <source>Qube failed to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="103" />
            <source>Qube failed to shut down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="103" />
            <source>no reason given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="103" />
            <source>{name}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="123" />
            <source>Qube started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="124" />
            <source>Qube halted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="125" />
            <source>Qube paused</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/tray/notify.py" line="129" />
            <source>%n qube(s) started</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/tray/notify.py" line="130" />
            <source>%n qube(s) halted</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/tray/notify.py" line="131" />
            <source>%n qube(s) paused</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/tray/notify.py" line="135" />
            <source>and %n more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="85" />
            <source>{}: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="103" />
            <source>Not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="103" />
            <source>This part of the suite is not available in this installation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="112" />
            <source>Cannot open window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="124" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="128" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="131" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="150" />
            <source>Running qubes are connected to {}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="150" />
            <source>Shut down all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="150" />
            <source>Shut down anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="150" />
            <source>They lose their network until it starts again: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="162" />
            <source>Shut down {}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="183" />
            <source>Shutting down…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="198" />
            <source>{} did not shut down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="203" />
            <source>Force shutdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="203" />
            <source>Killing powers them off at once (unsaved data is lost). Forcing shuts them down even though other qubes use them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="203" />
            <source>Leave running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="203" />
            <source>Shut down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="203" />
            <source>Some qubes did not shut down: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="224" />
            <source>Programs running in them are closed. Qubes connected to them lose network until they are back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="224" />
            <source>Restart {}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="248" />
            <source>Restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="252" />
            <source>Kill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="252" />
            <source>Kill {}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="252" />
            <source>The qubes are powered off at once, like pulling the plug: unsaved data is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="276" />
            <source>Set label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="293" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="293" />
            <source>Change net qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="293" />
            <source>Connect anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="293" />
            <source>Their traffic would leave without Tor and could reveal who you are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="293" />
            <source>{} use Tor (tag anon-vm), but the new net qube is not a Tor gateway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="321" />
            <source>Change template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="335" />
            <source>Include in backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="342" />
            <source>On a real Qubes system this runs:
{}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="342" />
            <source>Simulated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="342" />
            <source>{} is simulated: the sandbox runs no programs inside qubes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="365" />
            <source>Running a command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="371" />
            <source>Opening a terminal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="375" />
            <source>Opening the console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/operations.py" line="379" />
            <source>Updating</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="116" />
            <source>not selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="117" />
            <source>already exists here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="119" />
            <source>missing template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="121" />
            <source>missing network qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="123" />
            <source>user name differs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="134" />
            <source>What to restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="135" />
            <source>Uncheck qubes you do not want. The table follows the options below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="154" />
            <source>default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="191" />
            <source>dom0 home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="201" />
            <source>Device assignments are restored with the mode recorded in the backup; the devices themselves may differ on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="214" />
            <source>skipped: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="216" />
            <source>will be verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="217" />
            <source>will be restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="219" />
            <source>as %1 (name taken)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="222" />
            <source>on template %1 instead of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="226" />
            <source>with the default network qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/pages.py" line="228" />
            <source>labelled red (no label %1 here)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QubeActions</name>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="77" />
            <source>Could not start {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="80" />
            <source>Could not pause {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="83" />
            <source>Could not unpause {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="105" />
            <source>{name} could not be shut down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="112" />
            <source>Shutdown failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="113" />
            <source>Force shutdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="114" />
            <source>Kill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="141" />
            <source>Kill {name}? Unsaved data in the qube will be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="146" />
            <source>Kill qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="151" />
            <source>Could not kill {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="161" />
            <source>terminal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="164" />
            <source>file manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="169" />
            <source>On a real Qubes system this would open a {what} in {name} (qrexec service {service}). The sandbox runs no programs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="169" />
            <source>Simulated system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="190" />
            <source>Could not open a {what} in {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="198" />
            <source>Settings of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="207" />
            <source>Global settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="211" />
            <source>Template manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/actions.py" line="215" />
            <source>Qube Manager</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QubeCombo</name>
        <message>
            <location filename="../qubesmanager/widgets/qube_combo.py" line="80" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/widgets/qube_combo.py" line="81" />
            <source>default (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/widgets/qube_combo.py" line="83" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QubeTableModel</name>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="186" />
            <source>{vol}: {usage} used of {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="195" />
            <source>This qube has notes (Settings, Notes tab)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="197" />
            <source>Assigned: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="208" />
            <source>included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="209" />
            <source>not included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/model.py" line="211" />
            <source>has notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemoveQubesDialog</name>
        <message>
            <location filename="../ui/dialog_remove.ui" line="5" />
            <source>Delete qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="10" />
            <source>What will be deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="15" />
            <source>Qubes to delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="22" />
            <source>Dependents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="27" />
            <source>Settings that use these qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="33" />
            <source>Confirmation instructions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="38" />
            <source>Confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="44" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_remove.ui" line="50" />
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RenameQubeDialog</name>
        <message>
            <location filename="../ui/dialog_rename.ui" line="5" />
            <source>Rename qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="10" />
            <source>Rename warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="17" />
            <source>&amp;New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="18" />
            <source>name_edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="24" />
            <source>New name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="31" />
            <source>Name problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="39" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dialog_rename.ui" line="45" />
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreEngine</name>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="96" />
            <source>the backup's qubes.xml cannot be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="153" />
            <source>The restore was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="156" />
            <source>The archive holds damaged data: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="163" />
            <source>{reason} Everything restored so far was removed again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="173" />
            <source>Verification finished: the archive is intact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="186" />
            <source>Creating {qube}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="205" />
            <source>Error restoring qube {qube}, skipping: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="213" />
            <source>Created {qube} (renamed from {name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="217" />
            <source>Created {qube}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="225" />
            <source>Error restoring qube {qube}, skipping: no usable label ({label})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="237" />
            <source>Error setting {qube}.{prop} to {value}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="249" />
            <source>Setting up {qube}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="259" />
            <source>Error setting feature {feature} of {qube}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="268" />
            <source>Error adding tag {tag} to {qube}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="307" />
            <source>Error assigning {devclass} device {device} to {qube}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="356" />
            <source>Cannot list volumes of {qube}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="363" />
            <source>The archive holds no data for: {qubes} (truncated or incomplete archive).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="383" />
            <source>Skipping {path}: {qube} keeps no such volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="389" />
            <source>Restored volume {volume} of {qube}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="393" />
            <source>Failed to restore volume {volume} (size {size}) of qube {qube}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="413" />
            <source>Error restoring {file} of {qube}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="422" />
            <source>dom0 home: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="424" />
            <source>dom0 home restored into {directory}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="427" />
            <source>dom0 home ({directory})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="447" />
            <source>Removed {qube}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/engine.py" line="450" />
            <source>Could not remove {qube}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/messages.py" line="68" />
            <source>The archive holds something a Qubes backup never contains.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/messages.py" line="68" />
            <source>The archive is damaged or was tampered with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/messages.py" line="68" />
            <source>The archive is incomplete (truncated).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/messages.py" line="68" />
            <source>This is not a readable Qubes backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/messages.py" line="68" />
            <source>Wrong passphrase, or the archive was altered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/sources.py" line="35" />
            <source>Cannot open the backup {where}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/sources.py" line="51" />
            <source>No backup location given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/sources.py" line="54" />
            <source>file {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/sources.py" line="57" />
            <source>Reading a backup from a qube needs the qubes.Restore service, which this tool does not run; copy the archive to dom0 first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/sources.py" line="65" />
            <source>{path} in qube {qube}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreLocationPage</name>
        <message>
            <location filename="../ui/restore_location.ui" line="8" />
            <source>Archive in &amp;qube:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="14" />
            <source>Archive in qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="19" />
            <source>&amp;Path:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="27" />
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="32" />
            <source>B&amp;rowse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="33" />
            <source>Browse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="40" />
            <source>P&amp;assphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="46" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_location.ui" line="52" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreOptionsPage</name>
        <message>
            <location filename="../ui/restore_options.ui" line="8" />
            <source>Qubes in the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="10" />
            <source>Qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="11" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="12" />
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="13" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="14" />
            <source>Will be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="19" />
            <source>&amp;Verify only (restore nothing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="20" />
            <source>Verify only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="25" />
            <source>&amp;Rename qubes whose name is taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="26" />
            <source>Rename qubes whose name is taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="32" />
            <source>Use &amp;defaults for missing templates and network qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="33" />
            <source>Use defaults for missing templates and network qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="38" />
            <source>Skip dom0 &amp;home directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="39" />
            <source>Skip dom0 home directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="44" />
            <source>Restore dom0 home even if the &amp;user name differs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="45" />
            <source>Restore dom0 home even if the user name differs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="52" />
            <source>Storage &amp;pool for new qubes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="58" />
            <source>Storage pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/restore_options.ui" line="65" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreWizard</name>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="138" />
            <source>Qubes Backup Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="139" />
            <source>Restore qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="159" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="109" />
            <source>Backing up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="113" />
            <source>Backup progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="115" />
            <source>Backup progress details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="118" />
            <source>Backup status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="130" />
            <source>Preparing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="144" />
            <source>Starting %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="153" />
            <source>Backup in progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="173" />
            <source>Current qube: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="174" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="179" />
            <source>about %1 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="189" />
            <source>The backup finished successfully.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="191" />
            <source>The backup was cancelled; no archive was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="194" />
            <source>The backup FAILED: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="36" />
            <source>Restore progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="38" />
            <source>Current step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="42" />
            <source>Restore log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="45" />
            <source>Restore status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="61" />
            <source>Restoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="61" />
            <source>Verifying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="66" />
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="76" />
            <source>ERROR: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="76" />
            <source>warning: </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/restore/wizard.py" line="90" />
            <source>Finished with %n error(s); see the log above.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="94" />
            <source>Verification passed: the archive is intact for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="98" />
            <source>Restore finished successfully: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="108" />
            <source>The restore was cancelled; the qubes it had created were removed again (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="108" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="113" />
            <source>The restore FAILED: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/restore/wizard.py" line="116" />
            <source>The restore FAILED: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelectPage</name>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="57" />
            <source>Check the qubes to include. dom0 stands for the home directory of the dom0 user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="60" />
            <source>Qubes to back up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="61" />
            <source>Qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="61" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="61" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="61" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="70" />
            <source>Selected size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="73" />
            <source>Running qubes warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="120" />
            <source>dom0 (home directory)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/backup/pages.py" line="140" />
            <source>%n qube(s) selected</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="141" />
            <source>total %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="144" />
            <source>(sizes still loading)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/pages.py" line="148" />
            <source>Running qubes are backed up as they were before they started: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServicesTab</name>
        <message>
            <location filename="../ui/settings_services.ui" line="8" />
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="16" />
            <source>Service name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="21" />
            <source>&amp;Add service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="22" />
            <source>Add service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="27" />
            <source>&amp;Remove service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="28" />
            <source>Remove service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="36" />
            <source>Services help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="37" />
            <source>Checked services are on, unchecked are explicitly off; services not listed follow the qube's defaults.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_services.ui" line="44" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="30" />
            <source>Advanced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="40" />
            <source>Initial memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="41" />
            <source>Max memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="49" />
            <source>VCPUs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="52" />
            <source>Kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="53" />
            <source>Kernel options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="59" />
            <source>Virtualization mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="65" />
            <source>Default disposable template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="67" />
            <source>Disposable template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="70" />
            <source>Provides network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="73" />
            <source>Private storage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="74" />
            <source>System storage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="168" />
            <source>Used as net qube by: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="171" />
            <source>Shut the qube down to boot it from a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="182" />
            <source>Linux qubes cannot use more than ten times their initial memory; raise the initial memory instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="193" />
            <source>PV mode exposes the hypervisor's largest attack surface and is not protected against CPU side channels. Use PVH or HVM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="196" />
            <source>HVM runs a device model in a stub domain; use it for PCI devices or operating systems without PVH support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="207" />
            <source>default (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="209" />
            <source>(provided by qube)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="243" />
            <source>Reading revisions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="261" />
            <source>No revisions kept for this volume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="261" />
            <source>Shut the qube down to revert a volume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="266" />
            <source>Could not list revisions: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="278" />
            <source>Reverting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="288" />
            <source>Reverted to %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="293" />
            <source>Revert the %s volume of %s to revision %s? Its current content will be replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="293" />
            <source>Revert volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="304" />
            <source>Max memory cannot be lower than initial memory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/advanced.py" line="309" />
            <source>Kernel options must be printable ASCII.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/app.py" line="25" />
            <source>No qube named %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/app.py" line="28" />
            <source>Settings: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/applications.py" line="52" />
            <source>Applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/applications.py" line="96" />
            <source>%s (missing in the template)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/applications.py" line="119" />
            <source>Reading applications…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/applications.py" line="153" />
            <source>No applications known for %s yet: start it once so its menu entries are synchronised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/applications.py" line="159" />
            <source>Could not read applications: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="36" />
            <source>Basic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="49" />
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="51" />
            <source>Only disposable templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="53" />
            <source>Only templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="56" />
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="61" />
            <source>Net qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="63" />
            <source>Include in backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="65" />
            <source>Start on boot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="67" />
            <source>Debug mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="69" />
            <source>Private storage size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="71" />
            <source>System storage size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="112" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="135" />
            <source>Templates normally have no net qube: they download updates through the update proxy. A direct connection exposes the template to the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="140" />
            <source>This is a Whonix workstation: connecting it to %s instead of a Whonix gateway sends its traffic outside Tor and can reveal your identity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="149" />
            <source>Rename the qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="149" />
            <source>Shut the qube down to rename it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="153" />
            <source>Delete the qube and its data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="153" />
            <source>Shut the qube down to delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="157" />
            <source>Shut the qube down to change its template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="165" />
            <source>Reading disk sizes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="185" />
            <source>%s used of %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="189" />
            <source>This volume is a snapshot of the template's: resize it on the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="192" />
            <source>disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="195" />
            <source>Could not read disk sizes: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="205" />
            <source>Storage can only grow, not shrink.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/basic.py" line="207" />
            <source>Choose a template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/common.py" line="21" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="43" />
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="52" />
            <source>PCI devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="102" />
            <source>(not present)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="148" />
            <source>The qube is running: PCI assignment changes take effect at its next start, and a running qube may refuse them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="151" />
            <source>PCI devices need HVM virtualization (Advanced tab); qubesd switches the default mode to HVM when a device is assigned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="159" />
            <source>Devices cannot be assigned to dom0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="161" />
            <source>Reading PCI devices…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="188" />
            <source>dom0 has no assignable PCI devices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/devices.py" line="192" />
            <source>Could not read the devices: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="86" />
            <source>Firewall rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="114" />
            <source>Firewall rules are read when this page is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="239" />
            <source>dom0 has no firewall.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="245" />
            <source>This qube has no net qube, so it has no network access at all; these rules take effect once a net qube is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="245" />
            <source>This qube provides network and has no net qube: its own firewall rules have no effect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="254" />
            <source>The net qube %s does not enforce firewall rules: these rules will NOT be applied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="262" />
            <source>Reading firewall rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="280" />
            <source>Could not read the firewall rules: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="304" />
            <source>DNS servers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="314" />
            <source>ICMP type %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="315" />
            <source>any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/firewall.py" line="320" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="39" />
            <source>Not an IP address, network or host name: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="53" />
            <source>Ports must be 0-65535, the first not above the second.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="58" />
            <source>Unknown service: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="67" />
            <source>Allow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="68" />
            <source>Block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="69" />
            <source>Any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="122" />
            <source>ICMP type must be a number from 0 to 255.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="127" />
            <source>The expiry time is in the past.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/fwrule.py" line="132" />
            <source>A comment may contain letters, digits, spaces and : ; , . / _ [ ] - only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/host.py" line="30" />
            <source>Loading qubes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="21" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="31" />
            <source>Loading notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="41" />
            <source>Reading notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="50" />
            <source>Notes about this qube (kept in dom0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="55" />
            <source>Could not read the notes: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="60" />
            <source>%s of %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/notes.py" line="74" />
            <source>Notes are limited to %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="44" />
            <source>Copying %s to %s (its disks, settings, firewall, devices)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="48" />
            <source>Re-pointing %d settings to %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="57" />
            <source>%s was copied to %s, but these settings still name the old qube, so it was kept:
%s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="60" />
            <source>Removing the original %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="73" />
            <source>Rename %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="74" />
            <source>Renaming copies %s to a new qube with the new name, re-points the settings that use it, then deletes the original. This takes as long as copying its disks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="78" />
            <source>Settings that will be re-pointed: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="96" />
            <source>Type the new name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="98" />
            <source>A qube named %s already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="110" />
            <source>Shut %s down before renaming it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="116" />
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="116" />
            <source>These running qubes use %s as their template; shut them down first: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="125" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="125" />
            <source>Renaming %s to %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="128" />
            <source>Rename progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="155" />
            <source>Cancelling: the disk copy under way cannot be interrupted; the new qube is removed as soon as it ends…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="181" />
            <source>Rename cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="183" />
            <source>Rename failed: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/rename.py" line="184" />
            <source>Rename failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/services.py" line="23" />
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/services.py" line="35" />
            <source>service name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/services.py" line="74" />
            <source>A service name may contain only letters, digits, '.', '_' and '-'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/services.py" line="80" />
            <source>Service %s is already listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/services.py" line="106" />
            <source>Invalid service name: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="211" />
            <source>qubesd is not reachable; your edits are kept and can be saved once it is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="222" />
            <source>This qube was removed; nothing can be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="244" />
            <source>Not saved: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="254" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="283" />
            <source>%d of %d changes could not be saved; the marked fields show why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="287" />
            <source>Settings not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="287" />
            <source>qubesd refused some changes of %s; the window stays open so you can correct them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="292" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="300" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/settings/window.py" line="300" />
            <source>You changed settings of %s that are not saved yet. Discard them?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <location filename="../qubesmanager/settings/base.py" line="342" />
            <source>%s: changed meanwhile by another program (now: %s); your edit is kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsWindow</name>
        <message>
            <location filename="../ui/settings.ui" line="5" />
            <source>Qube settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings.ui" line="10" />
            <source>Settings pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings.ui" line="17" />
            <source>Saving status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings.ui" line="23" />
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="42" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="43" />
            <source>What the backup will contain, as reported by the system.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="48" />
            <source>Backup summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="51" />
            <source>Summary warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="59" />
            <source>Asking the system…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="64" />
            <source>Cannot write the backup profile: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="78" />
            <source>A running qube has volume snapshots disabled: shut it down first, or the backup will fail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="82" />
            <source>Running qubes will be backed up as they were before they started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="87" />
            <source>The destination qube %1 will be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/backup/wizard.py" line="95" />
            <source>The system refused the backup: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateManagerWindow</name>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="94" />
            <source>Close the template manager (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="109" />
            <source>Cancel pending change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="109" />
            <source>Change template of selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="109" />
            <source>Clone template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="109" />
            <source>Remove template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="109" />
            <source>Set as default template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="186" />
            <source>(default)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="203" />
            <source>%n pending</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="204" />
            <source>Template {name}, {n} qubes, {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="222" />
            <source>→ {template} when halted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="230" />
            <source>halted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="230" />
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="231" />
            <source>starting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="232" />
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="232" />
            <source>shutting down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="233" />
            <source>crashed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="233" />
            <source>suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="234" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="276" />
            <source>{name} now uses {template}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="278" />
            <source>{done} of {total} changed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="281" />
            <source>%n wait for their qube to halt.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="295" />
            <source>%n change(s) failed.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="296" />
            <source>Template change failed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="326" />
            <source>&amp;Change %n qube(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="342" />
            <source>Nothing to change: select qubes that use another template.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="349" />
            <source>%n of the selected qubes are running. Their template can change only while they are halted.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="354" />
            <source>Running qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="356" />
            <source>&amp;Shut down and change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="357" />
            <source>Change when &amp;halted</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="376" />
            <source>%n will change when halted.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="376" />
            <source>Changing the template of %n qube(s) to {template}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="386" />
            <source>Undoing the last change: %n qube(s) go back to their previous template.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="413" />
            <source>global setting {prop}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="415" />
            <source>{name} cannot be removed while it is in use. Move these to another template or change the setting first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="421" />
            <source>Template in use</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="422" />
            <source>and %n more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qubesmanager/templates/window.py" line="437" />
            <source>%n template change(s) wait for their qube to halt and are applied only while this window is open. Close and drop them?</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="437" />
            <source>Pending changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/templates/window.py" line="457" />
            <source>Could not set the default template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="6" />
            <source>Template manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="13" />
            <source>Qubes grouped by the template they use. Select qubes, or a template to select all its qubes, then choose a new template. Running qubes change when they halt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="18" />
            <source>Filter qubes and templates (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="19" />
            <source>Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="25" />
            <source>Templates and the qubes that use them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="31" />
            <source>Template / qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="32" />
            <source>Qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="33" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="35" />
            <source>Disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="36" />
            <source>Pending change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="43" />
            <source>Change &amp;template to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="49" />
            <source>New template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="55" />
            <source>&amp;Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="56" />
            <source>Change template of the selected qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="61" />
            <source>&amp;Undo last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="62" />
            <source>Undo the last template change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="67" />
            <source>Cancel &amp;pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="68" />
            <source>Cancel pending changes of the selected qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="80" />
            <source>C&amp;lone template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="81" />
            <source>Clone the current template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="86" />
            <source>&amp;Remove template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="87" />
            <source>Remove the current template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="92" />
            <source>Set as &amp;default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="93" />
            <source>Set the current template as the default template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="101" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/templates.ui" line="109" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <location filename="../qubesmanager/tray/notify.py" line="38" />
            <source>Qube notification</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ToolLauncher</name>
        <message>
            <location filename="../qubesmanager/tray/tools.py" line="54" />
            <source>{what} is already open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/tray/tools.py" line="59" />
            <source>Could not open {what}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <location filename="../qubesmanager/launch.py" line="222" />
            <source>Cannot connect</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>manager</name>
        <message>
            <location filename="../qubesmanager/manager/app.py" line="18" />
            <source>Qube Manager: see and manage every qube</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>manager.actions</name>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Back up selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Clone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Firewall…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Global settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Kill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;New qube…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Restore backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Template manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>&amp;Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>About Qube Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Back up qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Back up the selected qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Base the selected qubes on another template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Change &amp;net qube…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Change &amp;template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Change the label colour of the selected qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Clone the selected qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Close Qube Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Connect the selected qubes to another net qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Create a new qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>E&amp;xit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Edit the firewall rules of the selected qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Include in &amp;backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Include or exclude the selected qubes from backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Open &amp;terminal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Open a terminal in the selected qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Open c&amp;onsole</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Open the settings of the selected qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Open the text console of the selected qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Pause the selected qubes (emergency stop of their CPUs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Power off at once, without a clean shutdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>R&amp;un command…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Re&amp;move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Remove the selected qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Rest&amp;art</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Restore qubes from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Resume paused qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Run a command in the selected qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>S&amp;ettings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Set &amp;label…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Show the logs of the selected qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Shut &amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Shut down and start again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Shut down the selected qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Start the selected qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Switch the templates of many qubes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>System-wide Qubes settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/actions.py" line="140" />
            <source>Update the selected templates and standalones</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>manager.columns</name>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="54" />
            <source>Admin qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="55" />
            <source>App qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="57" />
            <source>Standalone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="58" />
            <source>Disposable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="60" />
            <source>Remote qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="112" />
            <source>Starting (transient)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="113" />
            <source>Shutting down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="114" />
            <source>Shutting down (dying)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="115" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="116" />
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="118" />
            <source>Crashed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="119" />
            <source>State unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="120" />
            <source>Halted; starting is prohibited (see the Advanced settings for the rationale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="126" />
            <source>Its template changed: restart the qube to apply the changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="129" />
            <source>Its template is running: shut the template down, then restart this qube to apply its changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="132" />
            <source>Updates available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="134" />
            <source>Excluded from updates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="136" />
            <source>This template reached its end of life: install a newer one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="139" />
            <source>Preloaded disposable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="159" />
            <source>default ({})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="160" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="180" />
            <source>Yes (preloaded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="188" />
            <source>n/a</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="210" />
            <source>Never backed up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="215" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>CPU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>CPU usage (running qubes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Default disposable template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Disk usage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Disposable template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>IP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Include in backups by default (click to change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Internal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Label colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Last backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Memory assigned (running qubes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Net qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Power state and update marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Space used by the qube's own volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>The qube has notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/columns.py" line="259" />
            <source>Virt mode</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>manager.programs</name>
        <message>
            <location filename="../qubesmanager/manager/programs.py" line="54" />
            <source>{} is not installed in this domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/programs.py" line="58" />
            <source>{} could not be started</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>p</name>
        <message>
            <location filename="../qubesmanager/bench/settings.py" line="61" />
            <source>Reading revisions…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="24" />
            <source>About Qube Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="28" />
            <source>&lt;b&gt;Qube Manager&lt;/b&gt; {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="30" />
            <source>the embedded sandbox ({})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="33" />
            <source>a sandbox at {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="35" />
            <source>qubesd ({})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/about.py" line="37" />
            <source>Manage the qubes of a Qubes OS system through the Admin API.

Connected to {target}: {count} qubes, {running} running.

Python {py}, Qt {qt}, PyQt {pyqt}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="118" />
            <source>New label for: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="118" />
            <source>Set label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="134" />
            <source>Change net qube</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="134" />
            <source>Net qube for: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="151" />
            <source>Change template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../qubesmanager/manager/prompts.py" line="151" />
            <source>Template for: {}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
