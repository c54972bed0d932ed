<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DayEnd</name>
    <message>
        <location filename="../ui/dayend/DayEndTasks.cpp" line="23"/>
        <source>No cashier (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndTasks.cpp" line="39"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndTasks.cpp" line="42"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dayend/DayEndTasks.cpp" line="43"/>
        <source>waiting, %n failed attempt(s): %1</source>
        <translation>
            <numerusform>waiting, %n failed attempt: %1</numerusform>
            <numerusform>waiting, %n failed attempts: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndTasks.cpp" line="47"/>
        <source>rejected: %1 (posctl outbox retry %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndTasks.cpp" line="53"/>
        <source>not queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayReportLayout</name>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="11"/>
        <source>现金 CASH DRAWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="12"/>
        <source>备用金 Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="14"/>
        <source>交班转入 Handed over in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="16"/>
        <source>现金销售 Cash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="17"/>
        <source>现金退款 Cash refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="18"/>
        <source>存入 Pay-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="19"/>
        <source>取出 Pay-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="21"/>
        <source>交班转出 Handed over out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="23"/>
        <source>应有 Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="25"/>
        <location filename="../devices/report/CashDrawerRows.cpp" line="27"/>
        <source>实点 Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="25"/>
        <source>未点 not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="25"/>
        <source>终端 Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="26"/>
        <source>营业日 Business date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="27"/>
        <source>收银员 Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="28"/>
        <source>截至 As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="34"/>
        <source>销售 Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="35"/>
        <source>优惠 Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="37"/>
        <source>收款方式 TENDERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="42"/>
        <source>退款 Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="48"/>
        <source>作废 Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="50"/>
        <source>净额 NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="68"/>
        <source>未决 UNRESOLVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="72"/>
        <source>结转 Carried over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="73"/>
        <source>未结转 NOT carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="76"/>
        <source>合计 Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="78"/>
        <source>其中结转 Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="87"/>
        <source>更正 CORRECTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="104"/>
        <source>打印 Printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayReportPdf</name>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="38"/>
        <source>终端 Terminal: %1    营业日 Business date: %2    币种 Currency: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="41"/>
        <source>收银员 Cashier: %1    截至 As of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="48"/>
        <source>汇总 Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="50"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="110"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="122"/>
        <source>笔数 Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="51"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="111"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="123"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="151"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="172"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="193"/>
        <source>金额 Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="53"/>
        <source>销售 Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="54"/>
        <source>优惠 Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="55"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="116"/>
        <source>退款 Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="56"/>
        <source>作废 Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="57"/>
        <source>净额 Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="85"/>
        <source>图表 Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="92"/>
        <source>按小时销售 Sales by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="93"/>
        <source>无销售 No sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="95"/>
        <source>按收款方式 Sales by tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="96"/>
        <source>无收款 No tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="102"/>
        <source>收款方式 Tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="108"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="121"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="170"/>
        <source>渠道 Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="109"/>
        <source>方式 Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="130"/>
        <source>现金 Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="132"/>
        <source>备用金 Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="133"/>
        <source>现金销售 Cash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="134"/>
        <source>现金退款 Cash refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="135"/>
        <source>存入 Pay-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="136"/>
        <source>取出 Pay-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="137"/>
        <source>应有 Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="138"/>
        <source>实点 Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="139"/>
        <source>未点 not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="142"/>
        <source>交班转入 Handed over in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="146"/>
        <source>交班转出 Handed over out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="151"/>
        <source>项目 Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="160"/>
        <source>未决交易 Unresolved payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="165"/>
        <source>结转 by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="166"/>
        <source>未结转 No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="168"/>
        <source>商户单号 Trade no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="169"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="190"/>
        <source>订单 Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="171"/>
        <source>状态 State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="173"/>
        <source>结转 Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="182"/>
        <source>更正 Corrections of closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="189"/>
        <source>类型 Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="191"/>
        <source>单号 Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="192"/>
        <source>原营业日 Original day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="211"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="227"/>
        <source>Cannot write the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceHealth</name>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="9"/>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="11"/>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="13"/>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="15"/>
        <source>Face-pay device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="17"/>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="26"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="28"/>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="30"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="32"/>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="34"/>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceStatusText</name>
    <message>
        <location filename="../ui/shell/DeviceStatusText.cpp" line="31"/>
        <source>Printer: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/DeviceStatusText.cpp" line="32"/>
        <source>Printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/DeviceStatusText.cpp" line="49"/>
        <source>(+%1 more, F11)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceDeviceProtocol</name>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="77"/>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="83"/>
        <source>not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="86"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="99"/>
        <source>the device reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="144"/>
        <source>a message with both an id and an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="147"/>
        <source>an event without a text name or stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="157"/>
        <source>a reply without an integer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="161"/>
        <source>reply %1 has no ok flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="167"/>
        <source>reply %1 has an error that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="171"/>
        <source>an error without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="188"/>
        <source>hello without a device_id of 1 to 64 visible ASCII characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="191"/>
        <source>hello without a protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="195"/>
        <source>the device speaks protocol version %1; this terminal speaks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="199"/>
        <source>hello with a model that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="212"/>
        <source>a rawdata reply without rawdata text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="226"/>
        <source>cancelled at the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="229"/>
        <source>no face was scanned at the device in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="232"/>
        <source>the device answered the scan with no known result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="236"/>
        <source>the device answered the scan without a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="255"/>
        <source>the device gave a code that is not a WeChat face code (18 digits starting 10 to 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="264"/>
        <source>the device gave a token that is not an Alipay ftoken (&quot;fp&quot; and printable characters, at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="268"/>
        <source>no face code format is known for channel %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HidPosReport</name>
    <message>
        <location filename="../devices/scanner/HidPosReport.cpp" line="17"/>
        <source>scanner report too short (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosReport.cpp" line="24"/>
        <source>scanner report holds no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosReport.cpp" line="30"/>
        <source>scanner report claims %1 data bytes but has room for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosReport.cpp" line="62"/>
        <source>scanned code too long (more than %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibusbBackend</name>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="117"/>
        <location filename="../devices/usb/LibusbDevices.cpp" line="165"/>
        <source>the USB device is no longer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="120"/>
        <source>permission denied on /dev/bus/usb/%1/%2 (a udev rule must give the cashier account access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="128"/>
        <source>the USB interface is in use by another program or driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="132"/>
        <source>no such USB interface or endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="136"/>
        <source>the USB device did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="139"/>
        <location filename="../devices/usb/LibusbDevices.cpp" line="161"/>
        <source>the USB endpoint stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="142"/>
        <source>USB error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="154"/>
        <source>the USB device did not accept data in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="158"/>
        <source>the USB transfer was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="168"/>
        <source>the USB device sent more data than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="173"/>
        <source>the USB transfer failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="31"/>
        <source>Printer not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="34"/>
        <source>Cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="37"/>
        <source>Paper out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="40"/>
        <source>Printer error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="43"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="46"/>
        <source>Paper near end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="48"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="49"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="71"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="102"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="118"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="33"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="100"/>
        <source>COPY 重印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="103"/>
        <source>单号 Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="105"/>
        <source>营业日 Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="108"/>
        <source>时间 Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="112"/>
        <source>收银员 Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="115"/>
        <source>终端 Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="120"/>
        <source>%1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="124"/>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="131"/>
        <source>优惠 Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="129"/>
        <source>小计 Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="133"/>
        <source>合计 TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="139"/>
        <source>  付款码 Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="142"/>
        <source>  交易号 Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="146"/>
        <source>找零 Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="9"/>
        <source>Z 日结 Z REPORT No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="10"/>
        <source>X 报表 X REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="16"/>
        <source>全部 All cashiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="26"/>
        <location filename="../devices/report/ReportLabels.cpp" line="55"/>
        <source>现金 Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="29"/>
        <source>支付宝 Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="32"/>
        <source>微信支付 WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="35"/>
        <source>云闪付 UnionPay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="38"/>
        <source>对账 Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="46"/>
        <source>付款码 Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="49"/>
        <source>扫码 QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="52"/>
        <source>刷脸 Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="71"/>
        <source>未知 Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="74"/>
        <source>待对账 Pending statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="82"/>
        <source>收款 Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="85"/>
        <source>撤销 Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="88"/>
        <source>退款 Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="96"/>
        <source>长款 OVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="98"/>
        <source>短款 SHORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="98"/>
        <source>平 EVEN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannedCode</name>
    <message>
        <location filename="../devices/scanner/ScannedCode.cpp" line="20"/>
        <source>scanned code too short (%1 characters, minimum %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/ScannedCode.cpp" line="28"/>
        <source>scanned code too long (%1 characters, maximum %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/ScannedCode.cpp" line="38"/>
        <source>scanned code holds a non-printable byte 0x%1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePages</name>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="29"/>
        <source>PRINTER TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="31"/>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="42"/>
        <location filename="../devices/printer/ServicePages.cpp" line="54"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="43"/>
        <location filename="../devices/printer/ServicePages.cpp" line="55"/>
        <source>Underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="67"/>
        <source>扫码付款 Scan to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="69"/>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftSlipLayout</name>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="23"/>
        <source>结班 SHIFT CLOSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="24"/>
        <source>交班 HAND-OVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="27"/>
        <source>终端 Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="28"/>
        <source>班次 Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="29"/>
        <source>收银员 Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="30"/>
        <source>营业日 Business date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="31"/>
        <source>开班 Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="32"/>
        <source>结班 Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="34"/>
        <source>盲点 Blind count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="39"/>
        <source>原因 Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="43"/>
        <source>签核 Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="46"/>
        <source>接班 Handed over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="49"/>
        <source>签名 Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="50"/>
        <source>打印 Printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::DeviceManager</name>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="112"/>
        <source>The USB printer %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="170"/>
        <source>The USB scanner %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../devices/manager/DeviceManager.cpp" line="263"/>
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n job waiting</numerusform>
            <numerusform>%n jobs waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="279"/>
        <source>through the receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="282"/>
        <source>Left open since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="288"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="291"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="309"/>
        <source>Scanners in keyboard mode type into the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="312"/>
        <source>Codes in pictures (Read a code from a picture, Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="316"/>
        <location filename="../devices/manager/DeviceManager.cpp" line="334"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="328"/>
        <source>No face-pay device configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="333"/>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="343"/>
        <source>Connects at the first face payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="344"/>
        <source>Ready (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::FaceDeviceSimulatorServer</name>
    <message>
        <location filename="../devices/face/FaceDeviceSimulatorServer.cpp" line="37"/>
        <source>the face-pay simulator cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::FilePrinterTransport</name>
    <message>
        <location filename="../devices/printer/FilePrinterTransport.cpp" line="35"/>
        <source>Cannot open printer %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/FilePrinterTransport.cpp" line="42"/>
        <source>Writing to printer %1 failed after %2 of %3 bytes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/FilePrinterTransport.cpp" line="83"/>
        <source>printer file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::HidPosScanner</name>
    <message>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="86"/>
        <source>scanner %1 is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="92"/>
        <source>USB device %1 has no HID interface with an interrupt IN endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="97"/>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="148"/>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="160"/>
        <source>scanner %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="159"/>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="166"/>
        <source>scanner %1 unplugged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::JsonLinesFaceDevice</name>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="63"/>
        <source>a new capture replaced this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="69"/>
        <source>the face-pay device cannot scan for channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="93"/>
        <source>cancelled at the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="158"/>
        <source>face-pay device disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="175"/>
        <source>a line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="254"/>
        <source>%1 did not greet properly: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="283"/>
        <source>%1 did not answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="310"/>
        <source>no face was scanned within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="325"/>
        <source>the face-pay device sent an unusable message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::LibusbBackend</name>
    <message>
        <location filename="../devices/usb/LibusbBackend.cpp" line="46"/>
        <source>USB is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbBackend.cpp" line="49"/>
        <source>USB is still starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbBackend.cpp" line="105"/>
        <source>no USB device at bus %1 address %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::LibusbWorker</name>
    <message>
        <location filename="../devices/usb/LibusbWorker.cpp" line="55"/>
        <source>libusb_init failed: %1 (is /dev/bus/usb present and readable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbWorker.cpp" line="269"/>
        <source>USB is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbWorker.cpp" line="288"/>
        <source>cannot open the USB device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbWorker.cpp" line="305"/>
        <location filename="../devices/usb/LibusbWorker.cpp" line="332"/>
        <location filename="../devices/usb/LibusbWorker.cpp" line="365"/>
        <source>the USB device is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbWorker.cpp" line="319"/>
        <source>cannot claim USB interface %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::PrintSpooler</name>
    <message>
        <location filename="../devices/printer/PrintSpooler.cpp" line="87"/>
        <source>Open cash drawer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/PrintSpooler.cpp" line="403"/>
        <source>%1 did not answer the status query within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::SerialFaceDeviceLink</name>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="116"/>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="140"/>
        <source>face-pay device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="149"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::SerialPrinterTransport</name>
    <message>
        <location filename="../devices/printer/SerialPrinterTransport.cpp" line="29"/>
        <source>serial printer %1 at %2 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/SerialPrinterTransport.cpp" line="78"/>
        <source>%1: cannot open the port: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/SerialPrinterTransport.cpp" line="123"/>
        <source>%1: the port went away (adapter unplugged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/SerialPrinterTransport.cpp" line="124"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/SerialPrinterTransport.cpp" line="129"/>
        <source>%1: printer accepted no data for %2 ms (paper out, offline or flow control?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::SerialScanner</name>
    <message>
        <location filename="../devices/scanner/SerialScanner.cpp" line="81"/>
        <source>scanner on %1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/SerialScanner.cpp" line="111"/>
        <source>scanned code too long (more than %1 characters without a suffix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/SerialScanner.cpp" line="127"/>
        <source>incomplete scan dropped: %1 bytes without a suffix for %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/SerialScanner.cpp" line="150"/>
        <source>scanner on %1 went away (unplugged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/scanner/SerialScanner.cpp" line="151"/>
        <source>scanner on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::SimulatedPrinter</name>
    <message>
        <location filename="../devices/printer/SimulatedPrinter.cpp" line="64"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/SimulatedPrinter.cpp" line="79"/>
        <source>simulated printer in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/SimulatedPrinter.cpp" line="121"/>
        <source>Cannot create the simulated printer directory %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::TcpFaceDeviceLink</name>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="14"/>
        <source>%1: no connection within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="22"/>
        <source>%1 is not reachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="23"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="26"/>
        <source>%1 closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="75"/>
        <source>face-pay device %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::TcpPrinterTransport</name>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="36"/>
        <source>TCP printer %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="104"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="128"/>
        <source>%1 closed the connection before all bytes were sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="135"/>
        <source>%1: no connection within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="136"/>
        <source>%1: printer accepted no data for %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="144"/>
        <source>%1: disconnected with jobs pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::UsbDeviceMonitor</name>
    <message>
        <location filename="../devices/usb/UsbDeviceMonitor.cpp" line="71"/>
        <source>USB is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::UsbPrinterTransport</name>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="39"/>
        <source>USB printer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="113"/>
        <source>%1 is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="118"/>
        <source>%1 has no USB printer interface (class 7) with a bulk OUT endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="124"/>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="209"/>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="223"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="204"/>
        <source>%1: printer accepted no data for %2 ms (paper out or cover open?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="220"/>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="257"/>
        <source>%1: printer unplugged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::CancelSalePanel</name>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="42"/>
        <source>Hand %1 cash back to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="43"/>
        <source>Refunded %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="48"/>
        <source>Refund of %1 under way on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="51"/>
        <source>Refund of %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="54"/>
        <source>Refund %1 by hand, then close the task (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="57"/>
        <source>Refunded %1 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="66"/>
        <source>Reversed on %1: the money is back with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="70"/>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="107"/>
        <source>Nothing charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="72"/>
        <source>%1 cannot be asked: if its statement shows this paid, the money goes back (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="76"/>
        <source>Being returned on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="81"/>
        <source>Being cancelled on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="92"/>
        <source>Handed back from the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="93"/>
        <source>Goes back on %1 (reversed or refunded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="95"/>
        <source>%1 cannot be asked: returned if its statement shows it paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="101"/>
        <source>Cancelled on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="117"/>
        <source>Cancel the sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="118"/>
        <source>Keep the sale (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="119"/>
        <source>Done: next sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="129"/>
        <source>Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="129"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="129"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="129"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="144"/>
        <source>customer left without paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="153"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="203"/>
        <source>Cancel sale %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="205"/>
        <source>Every payment already taken goes back to the customer: cash is handed back from the drawer, payments on a channel are reversed or refunded, payments still waiting are cancelled on the channel. The goods stay in the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="217"/>
        <source>Sale %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="218"/>
        <source>What happens to each tender (updated live; anything still under way is followed in Pending, F9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="271"/>
        <source>Nothing was paid yet: the sale is simply voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="274"/>
        <source>Hand back %1 cash to the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::CashCountWidget</name>
    <message>
        <location filename="../ui/shift/CashCountWidget.cpp" line="54"/>
        <source>Bill / coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/CashCountWidget.cpp" line="55"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/CashCountWidget.cpp" line="56"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/CashCountWidget.cpp" line="218"/>
        <source>Total counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::Channels</name>
    <message>
        <location filename="../ui/receipt/ReceiptComposer.cpp" line="15"/>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReceiptComposer.cpp" line="18"/>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReceiptComposer.cpp" line="21"/>
        <source>UnionPay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReceiptComposer.cpp" line="24"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReceiptComposer.cpp" line="27"/>
        <source>Manual (by statement)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::CloseByHandDialog</name>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="23"/>
        <source>Close refund-by-hand task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="26"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="27"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="35"/>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="36"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="38"/>
        <source>Bank slip or transfer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="39"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="40"/>
        <source>Confirm that %1 went back to the customer outside the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="42"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::CustomerDisplay</name>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="290"/>
        <source>Welcome / 欢迎光临</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="314"/>
        <source>Item / 商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="314"/>
        <source>Qty / 数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="314"/>
        <source>Amount / 金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/CustomerDisplay.cpp" line="333"/>
        <source>%n item(s) / 共 %n 项</source>
        <translation>
            <numerusform>%n item / 共 %n 项</numerusform>
            <numerusform>%n items / 共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="334"/>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="413"/>
        <source>Total / 合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="340"/>
        <source>To pay / 应付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="342"/>
        <source>Scan with Alipay / WeChat Pay
请使用支付宝 / 微信扫码支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="346"/>
        <source>QR unavailable: ask the cashier / 二维码无法显示，请联系收银员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="374"/>
        <source>QR expired / 二维码已过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="379"/>
        <source>Valid for %1 / 有效期 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="388"/>
        <source>Payment in progress… / 支付中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="392"/>
        <source>Payment received / 已收款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="396"/>
        <source>Payment failed / 支付失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="400"/>
        <source>Payment cancelled / 支付已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="412"/>
        <source>Paid / 支付成功</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="416"/>
        <source>Change / 找零</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="420"/>
        <source>Thank you / 谢谢惠顾</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::DayEndDialog</name>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="45"/>
        <source>Day end (日结) – terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="48"/>
        <source>The day-end screen is for supervisors. Supervisor code and PIN, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="70"/>
        <source>Day report (F5 refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="71"/>
        <source>Z history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="100"/>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="101"/>
        <source>PDF (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="102"/>
        <source>CSV (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="103"/>
        <source>Close day – Z (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="116"/>
        <source>Confirm close (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="118"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="152"/>
        <source>%1 is not a supervisor: the day end needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="188"/>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="209"/>
        <source>The Z history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="231"/>
        <source>Close business day %1 of terminal %2 with the next Z number? The Z report cannot be changed afterwards; it is printed and queued for head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="258"/>
        <source>The day is not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="264"/>
        <source>Z report No. %1 closed and sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="288"/>
        <source>%1 was not carried over: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="293"/>
        <source>%1 carried over: its result will be booked when it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="314"/>
        <source>Not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="317"/>
        <source>%1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="340"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="351"/>
        <source>PDF not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="354"/>
        <source>PDF written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="365"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="373"/>
        <source>CSV not written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="377"/>
        <source>CSV written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::DayReportCharts</name>
    <message>
        <location filename="../ui/dayend/DayReportCharts.cpp" line="43"/>
        <source>Sales by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportCharts.cpp" line="56"/>
        <source>Sales by tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportCharts.cpp" line="77"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::DayReportPanel</name>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="39"/>
        <source>Carry over (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="46"/>
        <source>All cashiers (terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="67"/>
        <source>Business day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="69"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="86"/>
        <source>Unresolved attempts (they block the close until resolved or carried over):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="117"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="117"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="117"/>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="118"/>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="118"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="118"/>
        <source>Cash over/short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="181"/>
        <source>Closed: Z report No. %1 of %2, generated %3. It cannot change; later results appear as corrections in the open day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="187"/>
        <source>Open: X report of %1 as of %2 (changes nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dayend/DayReportPanel.cpp" line="220"/>
        <source>%1 · %n sale(s)</source>
        <translation>
            <numerusform>%1 · %n sale</numerusform>
            <numerusform>%1 · %n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dayend/DayReportPanel.cpp" line="222"/>
        <source>%1 · %n refund(s)</source>
        <translation>
            <numerusform>%1 · %n refund</numerusform>
            <numerusform>%1 · %n refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dayend/DayReportPanel.cpp" line="226"/>
        <source>%1 · %n void(s)</source>
        <translation>
            <numerusform>%1 · %n void</numerusform>
            <numerusform>%1 · %n voids</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="235"/>
        <source>not counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="249"/>
        <source>yes, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="249"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::DeviceSettingsDialog</name>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="51"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="56"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="56"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="56"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="56"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="69"/>
        <source>Reason for opening the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="71"/>
        <source>Test print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="73"/>
        <source>Test scan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="75"/>
        <source>Read a code from a picture (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="77"/>
        <source>Open drawer, no sale (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="79"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="95"/>
        <source>USB devices plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="108"/>
        <source>Picture with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="108"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="118"/>
        <source>No QR code or barcode found in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="167"/>
        <source>Print queue: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="168"/>
        <source>Print queue: %n job(s) waiting</source>
        <translation>
            <numerusform>Print queue: %n job waiting</numerusform>
            <numerusform>Print queue: %n jobs waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="174"/>
        <source>Why is the drawer opened without a sale? Enter a reason, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="182"/>
        <source>USB is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="191"/>
        <source>No USB device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="198"/>
        <source>%1 %2 – %3 (bus %4, address %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="210"/>
        <source>printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="212"/>
        <source>HID scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="214"/>
        <source>keyboard or keyboard-wedge scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="216"/>
        <source>serial device (scanner, face-pay device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="220"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="227"/>
        <source>Test page not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="230"/>
        <source>Test page queued as job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="237"/>
        <source>Scan a code now: it is shown here and not added to the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="244"/>
        <source>%1 is not a picture this terminal can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="249"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="255"/>
        <source>Read %1 (%2 characters) from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="263"/>
        <source>Enter why the drawer is opened without a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="269"/>
        <source>Drawer not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="273"/>
        <source>Drawer opening logged (no sale): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::LoginWidget</name>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="18"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="22"/>
        <source>Cashier login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="30"/>
        <source>Cashier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="33"/>
        <location filename="../ui/login/LoginWidget.cpp" line="46"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="45"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="90"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="114"/>
        <source>This account is locked after too many wrong PINs. Ask a supervisor to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="115"/>
        <source>Wrong cashier code or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="50"/>
        <source>Cashier terminal %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="71"/>
        <source>Alipay: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="72"/>
        <source>Cash only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>Alipay: reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>Alipay: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="177"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="246"/>
        <source>Sale %1 cancelled. Hand back %2 cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="247"/>
        <source>Sale %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="259"/>
        <source>Order %1 paid. Change %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="260"/>
        <source>Order %1 paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="270"/>
        <source>Order %1: nothing left to take; the rest awaits the channel (Pending, F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="277"/>
        <source>%1 Press F12 to take the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="288"/>
        <source>Receipt not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="293"/>
        <source>Receipt not queued: %1 (reprint it with F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="301"/>
        <source>Drawer not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="362"/>
        <source>%n payment(s) awaiting a channel answer</source>
        <translation>
            <numerusform>%n payment awaiting a channel answer</numerusform>
            <numerusform>%n payments awaiting a channel answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="365"/>
        <source>%n refund(s) under way</source>
        <translation>
            <numerusform>%n refund under way</numerusform>
            <numerusform>%n refunds under way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="368"/>
        <source>%n refund-by-hand task(s)</source>
        <translation>
            <numerusform>%n refund-by-hand task</numerusform>
            <numerusform>%n refund-by-hand tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="371"/>
        <source>%1 – F9 to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="418"/>
        <source>Customer screen disconnected: print the payment QR (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="443"/>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="444"/>
        <source>Showing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="447"/>
        <source>No customer screen: the payment QR is printed on request (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="474"/>
        <source>Payment QR not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::PaymentDialog</name>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="39"/>
        <source>Take cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="40"/>
        <source>Pay with code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="41"/>
        <location filename="../ui/payment/PaymentDialog.cpp" line="462"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="45"/>
        <source>Cancel sale (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="49"/>
        <source>Payment – order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="67"/>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="68"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="73"/>
        <source>Scan the customer&apos;s payment code (or type it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="78"/>
        <source>Ask the customer to open Alipay / WeChat Pay and show the payment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="95"/>
        <source>Choose the customer&apos;s app, then let the customer scan the QR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="100"/>
        <source>No customer screen: Print QR (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="104"/>
        <source>Print QR (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="144"/>
        <location filename="../ui/payment/PaymentDialog.cpp" line="512"/>
        <source>Sent to %1, waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="149"/>
        <location filename="../ui/payment/PaymentDialog.cpp" line="150"/>
        <source>Face pay stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="157"/>
        <source>Face pay is not available: no face-pay device or no channel that accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="158"/>
        <source>Choose the customer&apos;s app, then ask the customer to look into the face-pay device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="166"/>
        <source>Cash (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="167"/>
        <source>Payment code (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="168"/>
        <source>Customer QR (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="169"/>
        <source>Face pay (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="290"/>
        <source>Authorising the face-pay device with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="292"/>
        <source>Ask the customer to look into the face-pay camera (%1 %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="295"/>
        <source>Face recognised: paying %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="349"/>
        <source>Asking %1 for a QR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="381"/>
        <source>No QR to print: choose the customer&apos;s app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="385"/>
        <source>QR sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="391"/>
        <source>QR valid for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="391"/>
        <source>QR expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="417"/>
        <source>Due %1 · %2 pending statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="418"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="421"/>
        <source>%1 pending statement: counted as taken, not confirmed paid. The order is settled when the channel&apos;s statement is imported (Pending, F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="426"/>
        <source>%1 waiting for the channel&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="437"/>
        <source>Enter an amount like 100 or 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="443"/>
        <source>%1 still due after this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="462"/>
        <source>Cancel this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="472"/>
        <source>&apos;%1&apos; is not an amount. Type e.g. 100 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="482"/>
        <source>Cash %1 received, change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="504"/>
        <source>This code is not a payment code of any channel we accept. Ask the customer to show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="525"/>
        <source>Waiting for the channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="530"/>
        <source>Waiting for the customer to scan and pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="532"/>
        <source>The customer is confirming on the phone (password). Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="538"/>
        <source>No clear answer yet (%1). Checking with the channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="542"/>
        <source>Paid %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="547"/>
        <source>Payment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="550"/>
        <source>Pending statement: %1 cannot be asked. The amount stays pending until the channel&apos;s statement is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="557"/>
        <source>Payment cancelled: nothing was charged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="623"/>
        <source>Cancelling on the channel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::PendingDialog</name>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="76"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="79"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="76"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="79"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="82"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="76"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="79"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="76"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="79"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="82"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="77"/>
        <source>Payment no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="77"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="80"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="83"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="77"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="80"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="83"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="79"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="82"/>
        <source>Refund no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="82"/>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="83"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="85"/>
        <source>Close task with a reference… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="89"/>
        <source>Pending payments and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="101"/>
        <source>Highlighted: Pending statement – the channel cannot be asked; the amount is settled when its statement is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="107"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="114"/>
        <source>Payments awaiting a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="117"/>
        <source>Refunds under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="120"/>
        <source>Refund by hand: give the money back, then close the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="152"/>
        <source>Nothing pending: every payment and refund is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pending/PendingDialog.cpp" line="153"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pending/PendingDialog.cpp" line="154"/>
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pending/PendingDialog.cpp" line="155"/>
        <source>%n refund-by-hand task(s)</source>
        <translation>
            <numerusform>%n refund-by-hand task</numerusform>
            <numerusform>%n refund-by-hand tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="231"/>
        <source>Select a refund-by-hand task first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::RefundConfirmPage</name>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="16"/>
        <source>Check with the customer, then confirm the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="23"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="24"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="25"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="27"/>
        <source>Already refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="28"/>
        <source>This refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="29"/>
        <source>Still refundable after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="30"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="31"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="82"/>
        <source>%1 has no refund API: this creates a refund-by-hand task. Give the money back outside the terminal, then a supervisor closes the task with its reference (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="87"/>
        <source>Cash: hand %1 back to the customer from the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::RefundDialog</name>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="49"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="49"/>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="49"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="53"/>
        <source>Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="53"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="53"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="53"/>
        <source>Payment no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="53"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="63"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="68"/>
        <source>1. Choose the paid order (↑↓, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="89"/>
        <source>e.g. damaged goods, returned item, charged twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="94"/>
        <source>Refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="95"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="97"/>
        <source>3. How much, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="101"/>
        <source>The whole refundable amount is proposed; type less for a partial refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="115"/>
        <source>Refund status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="166"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="166"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="170"/>
        <location filename="../ui/refund/RefundDialog.cpp" line="174"/>
        <source>Next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="178"/>
        <source>Next: approval (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="186"/>
        <source>Refund now (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="190"/>
        <source>Close (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="286"/>
        <source>No paid order to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="294"/>
        <source>Choose an order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="311"/>
        <source>Order %1 has no successful payment to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="314"/>
        <source>2. Which payment of order %1 is refunded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="330"/>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="335"/>
        <source>No refund on this order yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="336"/>
        <source>Earlier refunds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="345"/>
        <source>Choose a payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="354"/>
        <source>Nothing is left to refund on %1: it is refunded in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="361"/>
        <source>%1 · %2 · %3
Paid %4, already refunded %5, refundable %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="375"/>
        <source>&apos;%1&apos; is not an amount. Type e.g. 12 or 3.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="380"/>
        <source>Say why the money is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="392"/>
        <source>Refund %1 of order %2 to the customer (%3). Reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="466"/>
        <source>Sent to %1, waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="470"/>
        <source>%1 accepted the refund of %2 and is processing it. It is followed until final (pending, F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="476"/>
        <source>No clear answer yet (%1): asking %2 again with the same refund number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="482"/>
        <source>Refunded: hand %1 cash back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="483"/>
        <source>Refunded %1 to the customer&apos;s %2 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="487"/>
        <source>%1 refused the refund: %2. Nothing was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="492"/>
        <source>Refund by hand: give %1 back to the customer and close the task (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="496"/>
        <source>Refunded by hand (reference %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="502"/>
        <source>Refund %1 of payment %2, order %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::ReprintDialog</name>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="29"/>
        <source>Reprint a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="32"/>
        <source>Order number, or pick one below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="36"/>
        <source>Reprint as COPY (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="39"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="85"/>
        <source>Enter or pick the order to reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="90"/>
        <source>No order %1 on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="95"/>
        <source>Order %1 is not paid: there is no receipt to reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="106"/>
        <source>Not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="109"/>
        <source>Copy of %1 queued as print job %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::SaleScreen</name>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="37"/>
        <source>Scan or type a barcode, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="39"/>
        <source>F2: search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="45"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="45"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="45"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="45"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="61"/>
        <source>Quantity (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="62"/>
        <source>Void line (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="63"/>
        <source>Pay (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="64"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="66"/>
        <source>Pending (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="67"/>
        <source>Refund (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="68"/>
        <source>Shift (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="69"/>
        <source>Day end (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="145"/>
        <source>Unknown barcode %1: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="146"/>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="151"/>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="184"/>
        <source>No product matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="212"/>
        <location filename="../ui/sale/SaleScreen.cpp" line="233"/>
        <source>Select a line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="218"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="218"/>
        <source>Weight in grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="218"/>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="240"/>
        <source>Line voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="263"/>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="264"/>
        <source>Cashier: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::SettlementScreens</name>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="120"/>
        <source>The shift slip was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="129"/>
        <source>Shift: unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="134"/>
        <source>No shift open (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="138"/>
        <source>No shift is open on this terminal: F7 opens one with the float.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="142"/>
        <source>Shift %1: %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="148"/>
        <source>The shift of %1 is still open on this terminal: hand it over or have a supervisor close it (F7).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::ShiftDialog</name>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="37"/>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="86"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="37"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="85"/>
        <source>cashier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="106"/>
        <source>%1 has had shift %2 open on this terminal since %3. Only one shift can be open at a time: a supervisor closes it with a count of the drawer before you open yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="120"/>
        <source>Shift %1 · %2 · open since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="130"/>
        <source>Blind count under way: the figures and the expected cash are shown once the count is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="138"/>
        <source>Blind count: the expected cash is shown once the count is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="149"/>
        <source>&apos;%1&apos; is not an amount. Type e.g. 200 or 200.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="171"/>
        <source>Pay in: cash put into the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="172"/>
        <source>Pay in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="185"/>
        <source>Pay out: cash taken out of the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="186"/>
        <source>Pay out (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="200"/>
        <source>&apos;%1&apos; is not an amount. Type e.g. 50 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="220"/>
        <source>Paid in %1: put it in the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="221"/>
        <source>Paid out %1: take it from the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="269"/>
        <source>Close the shift of %1: count the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="270"/>
        <source>Hand over the shift of %1: count the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="272"/>
        <source>Submit count (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="273"/>
        <source>Submit count, then next cashier (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="275"/>
        <source>The blind count of this shift was already submitted (%1): enter the same count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="279"/>
        <source>Blind count: count every bill and coin without looking at any figure. The expected cash is shown once you submit, and the submitted count is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="284"/>
        <source>Count every bill and coin in the drawer. Enter or Tab moves to the next row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="298"/>
        <source>Next cashier: code and PIN. The counted %1 becomes the float of the next shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="342"/>
        <source>Count submitted (%1): it is final and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="365"/>
        <source>Sign off the over/short: %1
Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="422"/>
        <source>Shift %1 handed over to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="423"/>
        <source>Shift %1 of %2 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="427"/>
        <source>Over/short signed off by %1. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="431"/>
        <source>Shift %1 of %2 is open with a float of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="59"/>
        <source>Open shift (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="63"/>
        <source>Pay in (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="64"/>
        <source>Pay out (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="66"/>
        <source>Close shift (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="67"/>
        <source>Hand over (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="73"/>
        <source>Reason for the over/short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="81"/>
        <source>Done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="83"/>
        <source>Supervisor: close this shift (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="89"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="95"/>
        <source>Next cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="95"/>
        <source>Cashier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="95"/>
        <source>Sign in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="142"/>
        <source>Opening float (cash put in the drawer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="144"/>
        <source>Open a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="145"/>
        <source>Cashier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="188"/>
        <source>e.g. change from the safe, cash to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="190"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="191"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="210"/>
        <source>Why is the drawer over or short?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="249"/>
        <source>Another cashier&apos;s shift is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="258"/>
        <source>A supervisor closes the shift of %1 with a count of the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::ShiftFiguresView</name>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="20"/>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="21"/>
        <source>Float handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="22"/>
        <source>Cash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="23"/>
        <source>Cash refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="24"/>
        <source>Pay-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="25"/>
        <source>Pay-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="26"/>
        <source>Expected in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="27"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="28"/>
        <source>Over/short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::ShiftText</name>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="25"/>
        <source>A reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="27"/>
        <source>A supervisor must sign off the over/short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="29"/>
        <source>The blind count was already submitted and cannot be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="32"/>
        <source>Blind count under way: the expected cash stays hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="35"/>
        <source>More than the cash the drawer should hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="36"/>
        <source>Not an allowed amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="38"/>
        <source>A shift is already open on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="39"/>
        <source>This shift is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="41"/>
        <source>Not allowed for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="43"/>
        <source>The drawer is being counted: no cash moves in or out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="46"/>
        <source>The next cashier must be someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="48"/>
        <source>A signed-in cashier is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="50"/>
        <source>The reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="80"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="82"/>
        <source>coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="84"/>
        <source>note or coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="95"/>
        <source>Over / 长款 +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="98"/>
        <source>Short / 短款 −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="100"/>
        <source>Exact / 无差额 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::States</name>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="18"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="20"/>
        <location filename="../ui/shell/StateText.cpp" line="43"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="22"/>
        <source>Customer paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="24"/>
        <source>Unknown: checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="26"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="28"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="30"/>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="32"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="34"/>
        <source>Pending statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="45"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="47"/>
        <source>Unknown: asking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="49"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="51"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="53"/>
        <source>Refund by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="55"/>
        <source>Refunded by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="64"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="66"/>
        <source>Payment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="68"/>
        <source>Customer QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="70"/>
        <source>Face pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="84"/>
        <source>More than what is left to refund on this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="86"/>
        <source>Not approved: a refund needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="88"/>
        <source>The refunds of this payment changed meanwhile: check and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="92"/>
        <source>Say why the money is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="94"/>
        <source>The refund must be an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="96"/>
        <source>Only a successful payment can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="98"/>
        <source>Give the reference of the refund made by hand (bank slip, transfer number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="102"/>
        <source>This refund is not a refund-by-hand task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="104"/>
        <source>This order is already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="106"/>
        <source>This account is locked after too many wrong PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="107"/>
        <source>Wrong code or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::SupervisorApproval</name>
    <message>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="19"/>
        <source>Approve (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="22"/>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="29"/>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="43"/>
        <source>Supervisor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="32"/>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="45"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="105"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::ZHistoryPanel</name>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="16"/>
        <source>Open (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="19"/>
        <source>Z No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="19"/>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="19"/>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="20"/>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="20"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="20"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="20"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="21"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="21"/>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
