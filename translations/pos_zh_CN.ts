<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DayEnd</name>
    <message>
        <location filename="../ui/dayend/DayEndTasks.cpp" line="23"/>
        <source>No cashier (automatic)</source>
        <translation>无收银员（自动）</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndTasks.cpp" line="39"/>
        <source>sent</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndTasks.cpp" line="42"/>
        <source>waiting</source>
        <translation>等待上传</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dayend/DayEndTasks.cpp" line="43"/>
        <source>waiting, %n failed attempt(s): %1</source>
        <translation>
            <numerusform>等待上传，已失败 %n 次：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndTasks.cpp" line="47"/>
        <source>rejected: %1 (posctl outbox retry %2)</source>
        <translation>被拒绝：%1（posctl outbox retry %2）</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndTasks.cpp" line="53"/>
        <source>not queued</source>
        <translation>未排队</translation>
    </message>
</context>
<context>
    <name>DayReportLayout</name>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="25"/>
        <source>终端 Terminal</source>
        <translation>终端 Terminal</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="26"/>
        <source>营业日 Business date</source>
        <translation>营业日 Business date</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="27"/>
        <source>收银员 Cashier</source>
        <translation>收银员 Cashier</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="28"/>
        <source>截至 As of</source>
        <translation>截至 As of</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="34"/>
        <source>销售 Sales</source>
        <translation>销售 Sales</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="35"/>
        <source>优惠 Discounts</source>
        <translation>优惠 Discounts</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="37"/>
        <source>收款方式 TENDERS</source>
        <translation>收款方式 TENDERS</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="42"/>
        <source>退款 Refunds</source>
        <translation>退款 Refunds</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="48"/>
        <source>作废 Voids</source>
        <translation>作废 Voids</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="50"/>
        <source>净额 NET</source>
        <translation>净额 NET</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="11"/>
        <source>现金 CASH DRAWER</source>
        <translation>现金 CASH DRAWER</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="12"/>
        <source>备用金 Opening float</source>
        <translation>备用金 Opening float</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="14"/>
        <source>交班转入 Handed over in</source>
        <translation>交班转入 Handed over in</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="16"/>
        <source>现金销售 Cash sales</source>
        <translation>现金销售 Cash sales</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="17"/>
        <source>现金退款 Cash refunds</source>
        <translation>现金退款 Cash refunds</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="18"/>
        <source>存入 Pay-ins</source>
        <translation>存入 Pay-ins</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="19"/>
        <source>取出 Pay-outs</source>
        <translation>取出 Pay-outs</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="21"/>
        <source>交班转出 Handed over out</source>
        <translation>交班转出 Handed over out</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="23"/>
        <source>应有 Expected</source>
        <translation>应有 Expected</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="25"/>
        <location filename="../devices/report/CashDrawerRows.cpp" line="27"/>
        <source>实点 Counted</source>
        <translation>实点 Counted</translation>
    </message>
    <message>
        <location filename="../devices/report/CashDrawerRows.cpp" line="25"/>
        <source>未点 not counted</source>
        <translation>未点 not counted</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="68"/>
        <source>未决 UNRESOLVED</source>
        <translation>未决 UNRESOLVED</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="72"/>
        <source>结转 Carried over by %1</source>
        <translation>结转 Carried over by %1</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="73"/>
        <source>未结转 NOT carried over</source>
        <translation>未结转 NOT carried over</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="76"/>
        <source>合计 Total</source>
        <translation>合计 Total</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="78"/>
        <source>其中结转 Carried over</source>
        <translation>其中结转 Carried over</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="87"/>
        <source>更正 CORRECTIONS</source>
        <translation>更正 CORRECTIONS</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportLayout.cpp" line="104"/>
        <source>打印 Printed</source>
        <translation>打印 Printed</translation>
    </message>
</context>
<context>
    <name>DayReportPdf</name>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="38"/>
        <source>终端 Terminal: %1    营业日 Business date: %2    币种 Currency: %3</source>
        <translation>终端 Terminal: %1    营业日 Business date: %2    币种 Currency: %3</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="41"/>
        <source>收银员 Cashier: %1    截至 As of: %2</source>
        <translation>收银员 Cashier: %1    截至 As of: %2</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="48"/>
        <source>汇总 Summary</source>
        <translation>汇总 Summary</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="50"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="110"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="122"/>
        <source>笔数 Count</source>
        <translation>笔数 Count</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="51"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="111"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="123"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="151"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="172"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="193"/>
        <source>金额 Amount</source>
        <translation>金额 Amount</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="53"/>
        <source>销售 Sales</source>
        <translation>销售 Sales</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="54"/>
        <source>优惠 Discounts</source>
        <translation>优惠 Discounts</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="55"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="116"/>
        <source>退款 Refunds</source>
        <translation>退款 Refunds</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="56"/>
        <source>作废 Voids</source>
        <translation>作废 Voids</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="57"/>
        <source>净额 Net</source>
        <translation>净额 Net</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="85"/>
        <source>图表 Charts</source>
        <translation>图表 Charts</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="92"/>
        <source>按小时销售 Sales by hour</source>
        <translation>按小时销售 Sales by hour</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="93"/>
        <source>无销售 No sales</source>
        <translation>无销售 No sales</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="95"/>
        <source>按收款方式 Sales by tender</source>
        <translation>按收款方式 Sales by tender</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="96"/>
        <source>无收款 No tenders</source>
        <translation>无收款 No tenders</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="102"/>
        <source>收款方式 Tenders</source>
        <translation>收款方式 Tenders</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="108"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="121"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="170"/>
        <source>渠道 Channel</source>
        <translation>渠道 Channel</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="109"/>
        <source>方式 Method</source>
        <translation>方式 Method</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="130"/>
        <source>现金 Cash drawer</source>
        <translation>现金 Cash drawer</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="132"/>
        <source>备用金 Opening float</source>
        <translation>备用金 Opening float</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="133"/>
        <source>现金销售 Cash sales</source>
        <translation>现金销售 Cash sales</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="134"/>
        <source>现金退款 Cash refunds</source>
        <translation>现金退款 Cash refunds</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="135"/>
        <source>存入 Pay-ins</source>
        <translation>存入 Pay-ins</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="136"/>
        <source>取出 Pay-outs</source>
        <translation>取出 Pay-outs</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="137"/>
        <source>应有 Expected</source>
        <translation>应有 Expected</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="138"/>
        <source>实点 Counted</source>
        <translation>实点 Counted</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="139"/>
        <source>未点 not counted</source>
        <translation>未点 not counted</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="142"/>
        <source>交班转入 Handed over in</source>
        <translation>交班转入 Handed over in</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="146"/>
        <source>交班转出 Handed over out</source>
        <translation>交班转出 Handed over out</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="151"/>
        <source>项目 Item</source>
        <translation>项目 Item</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="160"/>
        <source>未决交易 Unresolved payments</source>
        <translation>未决交易 Unresolved payments</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="165"/>
        <source>结转 by %1</source>
        <translation>结转 by %1</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="166"/>
        <source>未结转 No</source>
        <translation>未结转 No</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="168"/>
        <source>商户单号 Trade no.</source>
        <translation>商户单号 Trade no.</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="169"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="190"/>
        <source>订单 Order</source>
        <translation>订单 Order</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="171"/>
        <source>状态 State</source>
        <translation>状态 State</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="173"/>
        <source>结转 Carried over</source>
        <translation>结转 Carried over</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="182"/>
        <source>更正 Corrections of closed days</source>
        <translation>更正 Corrections of closed days</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="189"/>
        <source>类型 Kind</source>
        <translation>类型 Kind</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="191"/>
        <source>单号 Reference</source>
        <translation>单号 Reference</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="192"/>
        <source>原营业日 Original day</source>
        <translation>原营业日 Original day</translation>
    </message>
    <message>
        <location filename="../devices/report/DayReportPdf.cpp" line="211"/>
        <location filename="../devices/report/DayReportPdf.cpp" line="227"/>
        <source>Cannot write the PDF file %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>DeviceHealth</name>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="9"/>
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="11"/>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="13"/>
        <source>Scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="15"/>
        <source>Face-pay device</source>
        <translation>刷脸设备</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="17"/>
        <source>Customer display</source>
        <translation>客显屏</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="26"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="28"/>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="30"/>
        <source>Attention</source>
        <translation>需注意</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="32"/>
        <source>Not working</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceHealth.cpp" line="34"/>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
</context>
<context>
    <name>DeviceStatusText</name>
    <message>
        <location filename="../ui/shell/DeviceStatusText.cpp" line="31"/>
        <source>Printer: none</source>
        <translation>打印机：未配置</translation>
    </message>
    <message>
        <location filename="../ui/shell/DeviceStatusText.cpp" line="32"/>
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/DeviceStatusText.cpp" line="49"/>
        <source>(+%1 more, F11)</source>
        <translation>（另有 %1 项，F11）</translation>
    </message>
</context>
<context>
    <name>FaceDeviceProtocol</name>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="77"/>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="83"/>
        <source>not JSON (%1)</source>
        <translation>不是 JSON（%1）</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="86"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="99"/>
        <source>the device reported: %1</source>
        <translation>设备报告：%1</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="144"/>
        <source>a message with both an id and an event</source>
        <translation>消息同时带有 id 和 event</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="147"/>
        <source>an event without a text name or stage</source>
        <translation>事件缺少文本形式的名称或阶段</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="157"/>
        <source>a reply without an integer id</source>
        <translation>应答缺少整数 id</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="161"/>
        <source>reply %1 has no ok flag</source>
        <translation>应答 %1 缺少 ok 标志</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="167"/>
        <source>reply %1 has an error that is not text</source>
        <translation>应答 %1 的 error 不是文本</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="171"/>
        <source>an error without a reason</source>
        <translation>错误消息缺少原因</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="188"/>
        <source>hello without a device_id of 1 to 64 visible ASCII characters</source>
        <translation>hello 消息缺少有效的 device_id（须为 1 至 64 个可见 ASCII 字符）</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="191"/>
        <source>hello without a protocol version</source>
        <translation>hello 消息缺少协议版本</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="195"/>
        <source>the device speaks protocol version %1; this terminal speaks %2</source>
        <translation>设备使用协议版本 %1，本终端使用版本 %2</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="199"/>
        <source>hello with a model that is not text</source>
        <translation>hello 消息中的 model 不是文本</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="212"/>
        <source>a rawdata reply without rawdata text</source>
        <translation>rawdata 应答缺少 rawdata 文本</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="226"/>
        <source>cancelled at the device</source>
        <translation>已在刷脸设备上取消</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="229"/>
        <source>no face was scanned at the device in time</source>
        <translation>刷脸设备未能及时完成刷脸</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="232"/>
        <source>the device answered the scan with no known result</source>
        <translation>刷脸设备返回了无法识别的结果</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="236"/>
        <source>the device answered the scan without a code</source>
        <translation>刷脸设备返回的结果中没有付款码</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="255"/>
        <source>the device gave a code that is not a WeChat face code (18 digits starting 10 to 15)</source>
        <translation>刷脸设备返回的码不是微信刷脸码（应为 10 至 15 开头的 18 位数字）</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="264"/>
        <source>the device gave a token that is not an Alipay ftoken (&quot;fp&quot; and printable characters, at most 64)</source>
        <translation>刷脸设备返回的令牌不是支付宝 ftoken（应以“fp”开头、由可打印字符组成，最多 64 个字符）</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceProtocol.cpp" line="268"/>
        <source>no face code format is known for channel %1</source>
        <translation>渠道 %1 没有已知的刷脸码格式</translation>
    </message>
</context>
<context>
    <name>HidPosReport</name>
    <message>
        <location filename="../devices/scanner/HidPosReport.cpp" line="17"/>
        <source>scanner report too short (%1 bytes)</source>
        <translation>扫码枪报文过短（%1 字节）</translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosReport.cpp" line="24"/>
        <source>scanner report holds no data</source>
        <translation>扫码枪报文不含数据</translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosReport.cpp" line="30"/>
        <source>scanner report claims %1 data bytes but has room for %2</source>
        <translation>扫码枪报文声明有 %1 字节数据，但最多只能容纳 %2 字节</translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosReport.cpp" line="62"/>
        <source>scanned code too long (more than %1 characters)</source>
        <translation>扫码内容过长（超过 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>LibusbBackend</name>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="117"/>
        <location filename="../devices/usb/LibusbDevices.cpp" line="165"/>
        <source>the USB device is no longer connected</source>
        <translation>USB 设备已断开</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="120"/>
        <source>permission denied on /dev/bus/usb/%1/%2 (a udev rule must give the cashier account access)</source>
        <translation>无权访问 /dev/bus/usb/%1/%2（需要用 udev 规则为收银账户开放访问权限）</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="128"/>
        <source>the USB interface is in use by another program or driver</source>
        <translation>该 USB 接口正被其他程序或驱动占用</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="132"/>
        <source>no such USB interface or endpoint</source>
        <translation>USB 接口或端点不存在</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="136"/>
        <source>the USB device did not answer in time</source>
        <translation>USB 设备未及时响应</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="139"/>
        <location filename="../devices/usb/LibusbDevices.cpp" line="161"/>
        <source>the USB endpoint stalled</source>
        <translation>USB 端点停止响应（STALL）</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="142"/>
        <source>USB error: %1</source>
        <translation>USB 错误：%1</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="154"/>
        <source>the USB device did not accept data in time</source>
        <translation>USB 设备未及时接收数据</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="158"/>
        <source>the USB transfer was cancelled</source>
        <translation>USB 传输已取消</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="168"/>
        <source>the USB device sent more data than expected</source>
        <translation>USB 设备发送的数据超出预期</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbDevices.cpp" line="173"/>
        <source>the USB transfer failed</source>
        <translation>USB 传输失败</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="31"/>
        <source>Printer not responding</source>
        <translation>打印机无响应</translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="34"/>
        <source>Cover open</source>
        <translation>上盖打开</translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="37"/>
        <source>Paper out</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="40"/>
        <source>Printer error</source>
        <translation>打印机故障</translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="43"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="46"/>
        <source>Paper near end</source>
        <translation>纸将尽</translation>
    </message>
    <message>
        <location filename="../devices/printer/PrinterStatus.cpp" line="48"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="49"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="71"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="102"/>
        <source>Storage</source>
        <translation>数据存储</translation>
    </message>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="118"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="33"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="100"/>
        <source>COPY 重印</source>
        <translation>COPY 重印</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="103"/>
        <source>单号 Order</source>
        <translation>单号 Order</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="105"/>
        <source>营业日 Date</source>
        <translation>营业日 Date</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="108"/>
        <source>时间 Time</source>
        <translation>时间 Time</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="112"/>
        <source>收银员 Cashier</source>
        <translation>收银员 Cashier</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="115"/>
        <source>终端 Terminal</source>
        <translation>终端 Terminal</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="120"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="124"/>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="131"/>
        <source>优惠 Discount</source>
        <translation>优惠 Discount</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="129"/>
        <source>小计 Subtotal</source>
        <translation>小计 Subtotal</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="133"/>
        <source>合计 TOTAL</source>
        <translation>合计 TOTAL</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="139"/>
        <source>  付款码 Code</source>
        <translation>  付款码 Code</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="142"/>
        <source>  交易号 Ref</source>
        <translation>  交易号 Ref</translation>
    </message>
    <message>
        <location filename="../devices/printer/ReceiptLayout.cpp" line="146"/>
        <source>找零 Change</source>
        <translation>找零 Change</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="9"/>
        <source>Z 日结 Z REPORT No. %1</source>
        <translation>Z 日结 Z REPORT No. %1</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="10"/>
        <source>X 报表 X REPORT</source>
        <translation>X 报表 X REPORT</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="16"/>
        <source>全部 All cashiers</source>
        <translation>全部 All cashiers</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="26"/>
        <location filename="../devices/report/ReportLabels.cpp" line="55"/>
        <source>现金 Cash</source>
        <translation>现金 Cash</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="29"/>
        <source>支付宝 Alipay</source>
        <translation>支付宝 Alipay</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="32"/>
        <source>微信支付 WeChat Pay</source>
        <translation>微信支付 WeChat Pay</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="35"/>
        <source>云闪付 UnionPay</source>
        <translation>云闪付 UnionPay</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="38"/>
        <source>对账 Manual</source>
        <translation>对账 Manual</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="46"/>
        <source>付款码 Code</source>
        <translation>付款码 Code</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="49"/>
        <source>扫码 QR</source>
        <translation>扫码 QR</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="52"/>
        <source>刷脸 Face</source>
        <translation>刷脸 Face</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="71"/>
        <source>未知 Unknown</source>
        <translation>未知 Unknown</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="74"/>
        <source>待对账 Pending statement</source>
        <translation>待对账 Pending statement</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="82"/>
        <source>收款 Tender</source>
        <translation>收款 Tender</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="85"/>
        <source>撤销 Reversed</source>
        <translation>撤销 Reversed</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="88"/>
        <source>退款 Refund</source>
        <translation>退款 Refund</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="96"/>
        <source>长款 OVER</source>
        <translation>长款 OVER</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="98"/>
        <source>短款 SHORT</source>
        <translation>短款 SHORT</translation>
    </message>
    <message>
        <location filename="../devices/report/ReportLabels.cpp" line="98"/>
        <source>平 EVEN</source>
        <translation>平 EVEN</translation>
    </message>
</context>
<context>
    <name>ScannedCode</name>
    <message>
        <location filename="../devices/scanner/ScannedCode.cpp" line="20"/>
        <source>scanned code too short (%1 characters, minimum %2)</source>
        <translation>扫码内容过短（%1 个字符，至少 %2 个）</translation>
    </message>
    <message>
        <location filename="../devices/scanner/ScannedCode.cpp" line="28"/>
        <source>scanned code too long (%1 characters, maximum %2)</source>
        <translation>扫码内容过长（%1 个字符，最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../devices/scanner/ScannedCode.cpp" line="38"/>
        <source>scanned code holds a non-printable byte 0x%1 at position %2</source>
        <translation>扫码内容第 %2 位含有不可打印的字节 0x%1</translation>
    </message>
</context>
<context>
    <name>ServicePages</name>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="29"/>
        <source>PRINTER TEST</source>
        <translation>打印机测试</translation>
    </message>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="31"/>
        <source>Terminal %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="42"/>
        <location filename="../devices/printer/ServicePages.cpp" line="54"/>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="43"/>
        <location filename="../devices/printer/ServicePages.cpp" line="55"/>
        <source>Underlined</source>
        <translation>下划线</translation>
    </message>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="67"/>
        <source>扫码付款 Scan to pay</source>
        <translation>扫码付款 Scan to pay</translation>
    </message>
    <message>
        <location filename="../devices/printer/ServicePages.cpp" line="69"/>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
</context>
<context>
    <name>ShiftSlipLayout</name>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="23"/>
        <source>结班 SHIFT CLOSE</source>
        <translation>结班 SHIFT CLOSE</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="24"/>
        <source>交班 HAND-OVER</source>
        <translation>交班 HAND-OVER</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="27"/>
        <source>终端 Terminal</source>
        <translation>终端 Terminal</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="28"/>
        <source>班次 Shift</source>
        <translation>班次 Shift</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="29"/>
        <source>收银员 Cashier</source>
        <translation>收银员 Cashier</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="30"/>
        <source>营业日 Business date</source>
        <translation>营业日 Business date</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="31"/>
        <source>开班 Opened</source>
        <translation>开班 Opened</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="32"/>
        <source>结班 Closed</source>
        <translation>结班 Closed</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="34"/>
        <source>盲点 Blind count</source>
        <translation>盲点 Blind count</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="39"/>
        <source>原因 Reason:</source>
        <translation>原因 Reason:</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="43"/>
        <source>签核 Signed off</source>
        <translation>签核 Signed off</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="46"/>
        <source>接班 Handed over to</source>
        <translation>接班 Handed over to</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="49"/>
        <source>签名 Signature</source>
        <translation>签名 Signature</translation>
    </message>
    <message>
        <location filename="../devices/report/ShiftSlipLayout.cpp" line="50"/>
        <source>打印 Printed</source>
        <translation>打印 Printed</translation>
    </message>
</context>
<context>
    <name>pos::devices::DeviceManager</name>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="112"/>
        <source>The USB printer %1 cannot be used: %2</source>
        <translation>USB 打印机 %1 无法使用：%2</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="170"/>
        <source>The USB scanner %1 cannot be used: %2</source>
        <translation>USB 扫码枪 %1 无法使用：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../devices/manager/DeviceManager.cpp" line="263"/>
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n 个任务待打印</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="279"/>
        <source>through the receipt printer</source>
        <translation>经小票打印机</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="282"/>
        <source>Left open since %1</source>
        <translation>自 %1 起未关闭</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="288"/>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="291"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="309"/>
        <source>Scanners in keyboard mode type into the terminal</source>
        <translation>键盘模式的扫码枪直接输入到收银机</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="312"/>
        <source>Codes in pictures (Read a code from a picture, Ctrl+O)</source>
        <translation>图片中的条码（从图片识别条码，Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="316"/>
        <location filename="../devices/manager/DeviceManager.cpp" line="334"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="328"/>
        <source>No face-pay device configured</source>
        <translation>未配置刷脸设备</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="333"/>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="343"/>
        <source>Connects at the first face payment</source>
        <translation>首次刷脸支付时连接</translation>
    </message>
    <message>
        <location filename="../devices/manager/DeviceManager.cpp" line="344"/>
        <source>Ready (%1)</source>
        <translation>就绪（%1）</translation>
    </message>
</context>
<context>
    <name>pos::devices::FaceDeviceSimulatorServer</name>
    <message>
        <location filename="../devices/face/FaceDeviceSimulatorServer.cpp" line="37"/>
        <source>the face-pay simulator cannot listen on %1:%2: %3</source>
        <translation>刷脸模拟器无法监听 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>pos::devices::FilePrinterTransport</name>
    <message>
        <location filename="../devices/printer/FilePrinterTransport.cpp" line="83"/>
        <source>printer file %1</source>
        <translation>打印机文件 %1</translation>
    </message>
    <message>
        <location filename="../devices/printer/FilePrinterTransport.cpp" line="35"/>
        <source>Cannot open printer %1 for writing: %2</source>
        <translation>无法打开打印机 %1 进行写入：%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/FilePrinterTransport.cpp" line="42"/>
        <source>Writing to printer %1 failed after %2 of %3 bytes: %4</source>
        <translation>写入打印机 %1 失败（已写入 %2/%3 字节）：%4</translation>
    </message>
</context>
<context>
    <name>pos::devices::HidPosScanner</name>
    <message>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="86"/>
        <source>scanner %1 is not connected</source>
        <translation>扫码枪 %1 未连接</translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="92"/>
        <source>USB device %1 has no HID interface with an interrupt IN endpoint</source>
        <translation>USB 设备 %1 没有带中断 IN 端点的 HID 接口</translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="97"/>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="148"/>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="160"/>
        <source>scanner %1: %2</source>
        <translation>扫码枪 %1：%2</translation>
    </message>
    <message>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="159"/>
        <location filename="../devices/scanner/HidPosScanner.cpp" line="166"/>
        <source>scanner %1 unplugged</source>
        <translation>扫码枪 %1 已拔出</translation>
    </message>
</context>
<context>
    <name>pos::devices::JsonLinesFaceDevice</name>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="63"/>
        <source>a new capture replaced this one</source>
        <translation>已被新的刷脸请求取代</translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="69"/>
        <source>the face-pay device cannot scan for channel %1</source>
        <translation>刷脸设备不支持渠道 %1 的刷脸</translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="93"/>
        <source>cancelled at the terminal</source>
        <translation>已在收银机上取消</translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="158"/>
        <source>face-pay device disconnected</source>
        <translation>刷脸设备已断开</translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="175"/>
        <source>a line longer than %1 bytes</source>
        <translation>单行超过 %1 字节</translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="254"/>
        <source>%1 did not greet properly: %2</source>
        <translation>%1 握手失败：%2</translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="283"/>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 在 %2 毫秒内未响应</translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="310"/>
        <source>no face was scanned within %1 s</source>
        <translation>%1 秒内未完成刷脸</translation>
    </message>
    <message>
        <location filename="../devices/face/JsonLinesFaceDevice.cpp" line="325"/>
        <source>the face-pay device sent an unusable message: %1</source>
        <translation>刷脸设备发来无法处理的消息：%1</translation>
    </message>
</context>
<context>
    <name>pos::devices::LibusbBackend</name>
    <message>
        <location filename="../devices/usb/LibusbBackend.cpp" line="46"/>
        <source>USB is not available: %1</source>
        <translation>USB 不可用：%1</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbBackend.cpp" line="49"/>
        <source>USB is still starting</source>
        <translation>USB 仍在启动中</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbBackend.cpp" line="105"/>
        <source>no USB device at bus %1 address %2</source>
        <translation>总线 %1 地址 %2 上没有 USB 设备</translation>
    </message>
</context>
<context>
    <name>pos::devices::LibusbWorker</name>
    <message>
        <location filename="../devices/usb/LibusbWorker.cpp" line="55"/>
        <source>libusb_init failed: %1 (is /dev/bus/usb present and readable?)</source>
        <translation>libusb_init 失败：%1（/dev/bus/usb 是否存在且可读？）</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbWorker.cpp" line="269"/>
        <source>USB is not available</source>
        <translation>USB 不可用</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbWorker.cpp" line="288"/>
        <source>cannot open the USB device: %1</source>
        <translation>无法打开 USB 设备：%1</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbWorker.cpp" line="305"/>
        <location filename="../devices/usb/LibusbWorker.cpp" line="332"/>
        <location filename="../devices/usb/LibusbWorker.cpp" line="365"/>
        <source>the USB device is not open</source>
        <translation>USB 设备未打开</translation>
    </message>
    <message>
        <location filename="../devices/usb/LibusbWorker.cpp" line="319"/>
        <source>cannot claim USB interface %1: %2</source>
        <translation>无法占用 USB 接口 %1：%2</translation>
    </message>
</context>
<context>
    <name>pos::devices::PrintSpooler</name>
    <message>
        <location filename="../devices/printer/PrintSpooler.cpp" line="87"/>
        <source>Open cash drawer: %1</source>
        <translation>开钱箱：%1</translation>
    </message>
    <message>
        <location filename="../devices/printer/PrintSpooler.cpp" line="403"/>
        <source>%1 did not answer the status query within %2 ms</source>
        <translation>%1 在 %2 毫秒内未响应状态查询</translation>
    </message>
</context>
<context>
    <name>pos::devices::SerialFaceDeviceLink</name>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="116"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="140"/>
        <source>face-pay device %1</source>
        <translation>刷脸设备 %1</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="149"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>pos::devices::SerialPrinterTransport</name>
    <message>
        <location filename="../devices/printer/SerialPrinterTransport.cpp" line="29"/>
        <source>serial printer %1 at %2 baud</source>
        <translation>串口打印机 %1（%2 波特）</translation>
    </message>
    <message>
        <location filename="../devices/printer/SerialPrinterTransport.cpp" line="78"/>
        <source>%1: cannot open the port: %2</source>
        <translation>%1：无法打开串口：%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/SerialPrinterTransport.cpp" line="123"/>
        <source>%1: the port went away (adapter unplugged?)</source>
        <translation>%1：串口已消失（转接线被拔出？）</translation>
    </message>
    <message>
        <location filename="../devices/printer/SerialPrinterTransport.cpp" line="124"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/SerialPrinterTransport.cpp" line="129"/>
        <source>%1: printer accepted no data for %2 ms (paper out, offline or flow control?)</source>
        <translation>%1：打印机 %2 毫秒内未接收任何数据（缺纸、离线或流控阻塞？）</translation>
    </message>
</context>
<context>
    <name>pos::devices::SerialScanner</name>
    <message>
        <location filename="../devices/scanner/SerialScanner.cpp" line="81"/>
        <source>scanner on %1 is not available: %2</source>
        <translation>%1 上的扫码枪不可用：%2</translation>
    </message>
    <message>
        <location filename="../devices/scanner/SerialScanner.cpp" line="111"/>
        <source>scanned code too long (more than %1 characters without a suffix)</source>
        <translation>扫码内容过长（超过 %1 个字符仍无结束符）</translation>
    </message>
    <message>
        <location filename="../devices/scanner/SerialScanner.cpp" line="127"/>
        <source>incomplete scan dropped: %1 bytes without a suffix for %2 ms</source>
        <translation>已丢弃不完整的扫码：%1 字节，%2 毫秒内未收到结束符</translation>
    </message>
    <message>
        <location filename="../devices/scanner/SerialScanner.cpp" line="150"/>
        <source>scanner on %1 went away (unplugged?)</source>
        <translation>%1 上的扫码枪已断开（被拔出？）</translation>
    </message>
    <message>
        <location filename="../devices/scanner/SerialScanner.cpp" line="151"/>
        <source>scanner on %1 failed: %2</source>
        <translation>%1 上的扫码枪出错：%2</translation>
    </message>
</context>
<context>
    <name>pos::devices::SimulatedPrinter</name>
    <message>
        <location filename="../devices/printer/SimulatedPrinter.cpp" line="64"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/SimulatedPrinter.cpp" line="79"/>
        <source>simulated printer in %1</source>
        <translation>模拟打印机（%1）</translation>
    </message>
    <message>
        <location filename="../devices/printer/SimulatedPrinter.cpp" line="121"/>
        <source>Cannot create the simulated printer directory %1</source>
        <translation>无法创建模拟打印机目录 %1</translation>
    </message>
</context>
<context>
    <name>pos::devices::TcpFaceDeviceLink</name>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="14"/>
        <source>%1: no connection within %2 ms</source>
        <translation>%1：%2 毫秒内未能建立连接</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="22"/>
        <source>%1 is not reachable: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="23"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="26"/>
        <source>%1 closed the connection</source>
        <translation>%1 关闭了连接</translation>
    </message>
    <message>
        <location filename="../devices/face/FaceDeviceLink.cpp" line="75"/>
        <source>face-pay device %1:%2</source>
        <translation>刷脸设备 %1:%2</translation>
    </message>
</context>
<context>
    <name>pos::devices::TcpPrinterTransport</name>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="36"/>
        <source>TCP printer %1:%2</source>
        <translation>TCP 打印机 %1:%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="104"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="128"/>
        <source>%1 closed the connection before all bytes were sent</source>
        <translation>%1 在数据发送完成前关闭了连接</translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="135"/>
        <source>%1: no connection within %2 ms</source>
        <translation>%1：%2 毫秒内未能建立连接</translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="136"/>
        <source>%1: printer accepted no data for %2 ms</source>
        <translation>%1：打印机 %2 毫秒内未接收任何数据</translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="144"/>
        <source>%1: disconnected with jobs pending</source>
        <translation>%1：连接已断开，仍有待打印的任务</translation>
    </message>
</context>
<context>
    <name>pos::devices::UsbDeviceMonitor</name>
    <message>
        <location filename="../devices/usb/UsbDeviceMonitor.cpp" line="71"/>
        <source>USB is not available</source>
        <translation>USB 不可用</translation>
    </message>
</context>
<context>
    <name>pos::devices::UsbPrinterTransport</name>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="39"/>
        <source>USB printer %1</source>
        <translation>USB 打印机 %1</translation>
    </message>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="113"/>
        <source>%1 is not connected</source>
        <translation>%1 未连接</translation>
    </message>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="118"/>
        <source>%1 has no USB printer interface (class 7) with a bulk OUT endpoint</source>
        <translation>%1 没有带批量 OUT 端点的 USB 打印机接口（类 7）</translation>
    </message>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="124"/>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="209"/>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="223"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="204"/>
        <source>%1: printer accepted no data for %2 ms (paper out or cover open?)</source>
        <translation>%1：打印机 %2 毫秒内未接收任何数据（缺纸或上盖打开？）</translation>
    </message>
    <message>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="220"/>
        <location filename="../devices/printer/UsbPrinterTransport.cpp" line="257"/>
        <source>%1: printer unplugged</source>
        <translation>%1：打印机已拔出</translation>
    </message>
</context>
<context>
    <name>pos::ui::CancelSalePanel</name>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="42"/>
        <source>Hand %1 cash back to the customer</source>
        <translation>退还顾客现金 %1</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="43"/>
        <source>Refunded %1 on %2</source>
        <translation>已通过%2退款 %1</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="48"/>
        <source>Refund of %1 under way on %2</source>
        <translation>%2 退款 %1 处理中</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="51"/>
        <source>Refund of %1 refused: %2</source>
        <translation>退款 %1 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="54"/>
        <source>Refund %1 by hand, then close the task (F9)</source>
        <translation>请线下退款 %1，然后关闭任务（F9）</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="57"/>
        <source>Refunded %1 by hand</source>
        <translation>已线下退款 %1</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="66"/>
        <source>Reversed on %1: the money is back with the customer</source>
        <translation>已在%1撤销：款项已退回顾客</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="70"/>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="107"/>
        <source>Nothing charged</source>
        <translation>未扣款</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="72"/>
        <source>%1 cannot be asked: if its statement shows this paid, the money goes back (F9)</source>
        <translation>%1 无法查询：若对账单显示已支付，款项将退回（F9）</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="76"/>
        <source>Being returned on %1…</source>
        <translation>正在通过%1退回…</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="81"/>
        <source>Being cancelled on %1…</source>
        <translation>正在%1撤销…</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="92"/>
        <source>Handed back from the drawer</source>
        <translation>从钱箱退还现金</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="93"/>
        <source>Goes back on %1 (reversed or refunded)</source>
        <translation>通过%1退回（撤销或退款）</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="95"/>
        <source>%1 cannot be asked: returned if its statement shows it paid</source>
        <translation>%1 无法查询：若对账单显示已支付则退回</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="101"/>
        <source>Cancelled on %1</source>
        <translation>在%1撤销</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="117"/>
        <source>Cancel the sale (Enter)</source>
        <translation>取消交易（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="118"/>
        <source>Keep the sale (Esc)</source>
        <translation>保留交易（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="119"/>
        <source>Done: next sale (Enter)</source>
        <translation>完成：下一笔（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="129"/>
        <source>Tender</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="129"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="129"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="129"/>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="144"/>
        <source>customer left without paying</source>
        <translation>顾客未付款离开</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="153"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="203"/>
        <source>Cancel sale %1?</source>
        <translation>取消交易 %1？</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="205"/>
        <source>Every payment already taken goes back to the customer: cash is handed back from the drawer, payments on a channel are reversed or refunded, payments still waiting are cancelled on the channel. The goods stay in the shop.</source>
        <translation>已收取的每笔款项都将退回顾客：现金从钱箱退还，渠道支付将撤销或退款，仍在等待的支付将在渠道撤销。商品留在店内。</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="217"/>
        <source>Sale %1 cancelled</source>
        <translation>交易 %1 已取消</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="218"/>
        <source>What happens to each tender (updated live; anything still under way is followed in Pending, F9):</source>
        <translation>每笔支付的处理结果（实时更新；仍在处理的可在“待处理”中跟踪，F9）：</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="271"/>
        <source>Nothing was paid yet: the sale is simply voided.</source>
        <translation>尚未收款：交易直接作废。</translation>
    </message>
    <message>
        <location filename="../ui/payment/CancelSalePanel.cpp" line="274"/>
        <source>Hand back %1 cash to the customer</source>
        <translation>请退还顾客现金 %1</translation>
    </message>
</context>
<context>
    <name>pos::ui::CashCountWidget</name>
    <message>
        <location filename="../ui/shift/CashCountWidget.cpp" line="54"/>
        <source>Bill / coin</source>
        <translation>纸币 / 硬币</translation>
    </message>
    <message>
        <location filename="../ui/shift/CashCountWidget.cpp" line="55"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/shift/CashCountWidget.cpp" line="56"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../ui/shift/CashCountWidget.cpp" line="218"/>
        <source>Total counted: %1</source>
        <translation>清点合计：%1</translation>
    </message>
</context>
<context>
    <name>pos::ui::Channels</name>
    <message>
        <location filename="../ui/receipt/ReceiptComposer.cpp" line="15"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReceiptComposer.cpp" line="18"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReceiptComposer.cpp" line="21"/>
        <source>UnionPay</source>
        <translation>云闪付</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReceiptComposer.cpp" line="24"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReceiptComposer.cpp" line="27"/>
        <source>Manual (by statement)</source>
        <translation>手工记账（按对账单）</translation>
    </message>
</context>
<context>
    <name>pos::ui::CloseByHandDialog</name>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="23"/>
        <source>Close refund-by-hand task %1</source>
        <translation>关闭线下退款任务 %1</translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="26"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="27"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="35"/>
        <source>Give back</source>
        <translation>应退金额</translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="36"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="38"/>
        <source>Bank slip or transfer number</source>
        <translation>银行回单号或转账流水号</translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="39"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="40"/>
        <source>Confirm that %1 went back to the customer outside the terminal.</source>
        <translation>请确认 %1 已通过收银台以外的方式退还顾客。</translation>
    </message>
    <message>
        <location filename="../ui/pending/CloseByHandDialog.cpp" line="42"/>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
</context>
<context>
    <name>pos::ui::CustomerDisplay</name>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="290"/>
        <source>Welcome / 欢迎光临</source>
        <translation>Welcome / 欢迎光临</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="314"/>
        <source>Item / 商品</source>
        <translation>Item / 商品</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="314"/>
        <source>Qty / 数量</source>
        <translation>Qty / 数量</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="314"/>
        <source>Amount / 金额</source>
        <translation>Amount / 金额</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/CustomerDisplay.cpp" line="333"/>
        <source>%n item(s) / 共 %n 项</source>
        <translation>
            <numerusform>%n item(s) / 共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="334"/>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="413"/>
        <source>Total / 合计</source>
        <translation>Total / 合计</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="340"/>
        <source>To pay / 应付</source>
        <translation>To pay / 应付</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="342"/>
        <source>Scan with Alipay / WeChat Pay
请使用支付宝 / 微信扫码支付</source>
        <translation>Scan with Alipay / WeChat Pay
请使用支付宝 / 微信扫码支付</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="346"/>
        <source>QR unavailable: ask the cashier / 二维码无法显示，请联系收银员</source>
        <translation>QR unavailable: ask the cashier / 二维码无法显示，请联系收银员</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="374"/>
        <source>QR expired / 二维码已过期</source>
        <translation>QR expired / 二维码已过期</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="379"/>
        <source>Valid for %1 / 有效期 %1</source>
        <translation>Valid for %1 / 有效期 %1</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="388"/>
        <source>Payment in progress… / 支付中…</source>
        <translation>Payment in progress… / 支付中…</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="392"/>
        <source>Payment received / 已收款</source>
        <translation>Payment received / 已收款</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="396"/>
        <source>Payment failed / 支付失败</source>
        <translation>Payment failed / 支付失败</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="400"/>
        <source>Payment cancelled / 支付已取消</source>
        <translation>Payment cancelled / 支付已取消</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="412"/>
        <source>Paid / 支付成功</source>
        <translation>Paid / 支付成功</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="416"/>
        <source>Change / 找零</source>
        <translation>Change / 找零</translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerDisplay.cpp" line="420"/>
        <source>Thank you / 谢谢惠顾</source>
        <translation>Thank you / 谢谢惠顾</translation>
    </message>
</context>
<context>
    <name>pos::ui::DayEndDialog</name>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="45"/>
        <source>Day end (日结) – terminal %1</source>
        <translation>日结 – 终端 %1</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="48"/>
        <source>The day-end screen is for supervisors. Supervisor code and PIN, please.</source>
        <translation>日结仅限主管。请输入主管工号和密码。</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="70"/>
        <source>Day report (F5 refresh)</source>
        <translation>日报表（F5 刷新）</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="71"/>
        <source>Z history</source>
        <translation>Z 报表历史</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="100"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="101"/>
        <source>PDF (Ctrl+D)</source>
        <translation>PDF (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="102"/>
        <source>CSV (Ctrl+S)</source>
        <translation>CSV (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="103"/>
        <source>Close day – Z (Ctrl+Z)</source>
        <translation>日结关账 – Z (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="116"/>
        <source>Confirm close (Enter)</source>
        <translation>确认关账 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="118"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="152"/>
        <source>%1 is not a supervisor: the day end needs a supervisor.</source>
        <translation>%1 不是主管：日结需要主管。</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="188"/>
        <source>The report could not be made: %1</source>
        <translation>报表无法生成：%1</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="209"/>
        <source>The Z history could not be read: %1</source>
        <translation>无法读取 Z 报表历史：%1</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="231"/>
        <source>Close business day %1 of terminal %2 with the next Z number? The Z report cannot be changed afterwards; it is printed and queued for head office.</source>
        <translation>以下一个 Z 号关闭终端 %2 的营业日 %1？Z 报表关账后不可更改；将立即打印并排队上传总部。</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="258"/>
        <source>The day is not closed: %1</source>
        <translation>未能关账：%1</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="264"/>
        <source>Z report No. %1 closed and sent to the printer.</source>
        <translation>Z 报表第 %1 号已关账并送打印。</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="288"/>
        <source>%1 was not carried over: %2</source>
        <translation>%1 未能结转：%2</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="293"/>
        <source>%1 carried over: its result will be booked when it comes.</source>
        <translation>%1 已结转：结果到达时再入账。</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="314"/>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="317"/>
        <source>%1 sent to the printer.</source>
        <translation>%1 已送打印。</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="340"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="351"/>
        <source>PDF not written: %1</source>
        <translation>PDF 未写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="354"/>
        <source>PDF written: %1</source>
        <translation>PDF 已写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="365"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="373"/>
        <source>CSV not written to %1: %2</source>
        <translation>CSV 未能写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayEndDialog.cpp" line="377"/>
        <source>CSV written: %1</source>
        <translation>CSV 已写入：%1</translation>
    </message>
</context>
<context>
    <name>pos::ui::DayReportCharts</name>
    <message>
        <location filename="../ui/dayend/DayReportCharts.cpp" line="43"/>
        <source>Sales by hour</source>
        <translation>按小时销售</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportCharts.cpp" line="56"/>
        <source>Sales by tender</source>
        <translation>按收款方式销售</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportCharts.cpp" line="77"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
</context>
<context>
    <name>pos::ui::DayReportPanel</name>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="39"/>
        <source>Carry over (Ctrl+K)</source>
        <translation>结转 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="46"/>
        <source>All cashiers (terminal)</source>
        <translation>全部收银员（整台终端）</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>Attempt</source>
        <translation>支付尝试</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="56"/>
        <source>Carried over</source>
        <translation>已结转</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="67"/>
        <source>Business day:</source>
        <translation>营业日：</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="69"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="86"/>
        <source>Unresolved attempts (they block the close until resolved or carried over):</source>
        <translation>未决支付（解决或结转之前不能关账）：</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="117"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="117"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="117"/>
        <source>Voids</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="118"/>
        <source>Discounts</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="118"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="118"/>
        <source>Cash over/short</source>
        <translation>现金长短款</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="181"/>
        <source>Closed: Z report No. %1 of %2, generated %3. It cannot change; later results appear as corrections in the open day.</source>
        <translation>已关账：%2 的 Z 报表第 %1 号，生成于 %3。不可更改；之后到达的结果作为更正记入当前营业日。</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="187"/>
        <source>Open: X report of %1 as of %2 (changes nothing).</source>
        <translation>未关账：%1 的 X 报表，截至 %2（不改变任何数据）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dayend/DayReportPanel.cpp" line="220"/>
        <source>%1 · %n sale(s)</source>
        <translation>
            <numerusform>%1 · %n 笔销售</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dayend/DayReportPanel.cpp" line="222"/>
        <source>%1 · %n refund(s)</source>
        <translation>
            <numerusform>%1 · %n 笔退款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dayend/DayReportPanel.cpp" line="226"/>
        <source>%1 · %n void(s)</source>
        <translation>
            <numerusform>%1 · %n 笔作废</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="235"/>
        <source>not counted yet</source>
        <translation>尚未清点</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="249"/>
        <source>yes, by %1</source>
        <translation>是，%1 操作</translation>
    </message>
    <message>
        <location filename="../ui/dayend/DayReportPanel.cpp" line="249"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>pos::ui::DeviceSettingsDialog</name>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="51"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="56"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="56"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="56"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="56"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="69"/>
        <source>Reason for opening the drawer without a sale</source>
        <translation>无销售开钱箱的原因</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="71"/>
        <source>Test print (Ctrl+P)</source>
        <translation>测试打印 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="73"/>
        <source>Test scan (Ctrl+S)</source>
        <translation>测试扫码 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="75"/>
        <source>Read a code from a picture (Ctrl+O)</source>
        <translation>从图片识别条码 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="77"/>
        <source>Open drawer, no sale (Ctrl+D)</source>
        <translation>无销售开钱箱 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="79"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="95"/>
        <source>USB devices plugged in</source>
        <translation>已插入的 USB 设备</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="108"/>
        <source>Picture with a code</source>
        <translation>含条码的图片</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="108"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="118"/>
        <source>No QR code or barcode found in the picture.</source>
        <translation>图片中未找到二维码或条码。</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="167"/>
        <source>Print queue: empty</source>
        <translation>打印队列：空</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="168"/>
        <source>Print queue: %n job(s) waiting</source>
        <translation>
            <numerusform>打印队列：%n 个任务等待打印</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="174"/>
        <source>Why is the drawer opened without a sale? Enter a reason, then Enter.</source>
        <translation>无销售开钱箱需说明原因：请输入原因，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="182"/>
        <source>USB is not available: %1</source>
        <translation>USB 不可用：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="191"/>
        <source>No USB device found</source>
        <translation>未发现 USB 设备</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="198"/>
        <source>%1 %2 – %3 (bus %4, address %5)</source>
        <translation>%1 %2 – %3（总线 %4，地址 %5）</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="210"/>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="212"/>
        <source>HID scanner</source>
        <translation>HID 扫码枪</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="214"/>
        <source>keyboard or keyboard-wedge scanner</source>
        <translation>键盘或键盘式扫码枪</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="216"/>
        <source>serial device (scanner, face-pay device)</source>
        <translation>串口设备（扫码枪、刷脸设备）</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="220"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="227"/>
        <source>Test page not queued: %1</source>
        <translation>测试页未加入打印队列：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="230"/>
        <source>Test page queued as job %1.</source>
        <translation>测试页已加入打印队列（任务 %1）。</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="237"/>
        <source>Scan a code now: it is shown here and not added to the sale.</source>
        <translation>请现在扫码：结果只在此处显示，不会加入交易。</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="244"/>
        <source>%1 is not a picture this terminal can read.</source>
        <translation>%1 不是本机能读取的图片。</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="249"/>
        <source>Reading %1…</source>
        <translation>正在识别 %1…</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="255"/>
        <source>Read %1 (%2 characters) from %3.</source>
        <translation>从 %3 读取到 %1（%2 个字符）。</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="263"/>
        <source>Enter why the drawer is opened without a sale.</source>
        <translation>请输入无销售开钱箱的原因。</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="269"/>
        <source>Drawer not opened: %1</source>
        <translation>钱箱未打开：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeviceSettingsDialog.cpp" line="273"/>
        <source>Drawer opening logged (no sale): %1</source>
        <translation>已记录无销售开钱箱：%1</translation>
    </message>
</context>
<context>
    <name>pos::ui::LoginWidget</name>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="18"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="22"/>
        <source>Cashier login</source>
        <translation>收银员登录</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="30"/>
        <source>Cashier code</source>
        <translation>收银员工号</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="33"/>
        <location filename="../ui/login/LoginWidget.cpp" line="46"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="45"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="90"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="114"/>
        <source>This account is locked after too many wrong PINs. Ask a supervisor to unlock it.</source>
        <translation>密码错误次数过多，该账号已被锁定。请联系主管解锁。</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="115"/>
        <source>Wrong cashier code or PIN.</source>
        <translation>工号或密码错误。</translation>
    </message>
</context>
<context>
    <name>pos::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="50"/>
        <source>Cashier terminal %1 – %2</source>
        <translation>收银终端 %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="71"/>
        <source>Alipay: checking…</source>
        <translation>支付宝：检测中…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="72"/>
        <source>Cash only</source>
        <translation>仅收现金</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>Alipay: reachable</source>
        <translation>支付宝：连接正常</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>Alipay: unreachable</source>
        <translation>支付宝：无法连接</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="177"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="246"/>
        <source>Sale %1 cancelled. Hand back %2 cash.</source>
        <translation>交易 %1 已取消。请退还现金 %2。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="247"/>
        <source>Sale %1 cancelled.</source>
        <translation>交易 %1 已取消。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="259"/>
        <source>Order %1 paid. Change %2.</source>
        <translation>订单 %1 已收款，找零 %2。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="260"/>
        <source>Order %1 paid.</source>
        <translation>订单 %1 已收款。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="270"/>
        <source>Order %1: nothing left to take; the rest awaits the channel (Pending, F9).</source>
        <translation>订单 %1：无需再收款；其余款项等待渠道确认（待处理，F9）。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="277"/>
        <source>%1 Press F12 to take the rest.</source>
        <translation>%1 请按 F12 收取剩余款项。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="288"/>
        <source>Receipt not printed: %1</source>
        <translation>小票未打印：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="293"/>
        <source>Receipt not queued: %1 (reprint it with F5)</source>
        <translation>小票未加入打印队列：%1（可按 F5 重印）</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="301"/>
        <source>Drawer not opened: %1</source>
        <translation>钱箱未打开：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="362"/>
        <source>%n payment(s) awaiting a channel answer</source>
        <translation>
            <numerusform>%n 笔支付正在等待渠道响应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="365"/>
        <source>%n refund(s) under way</source>
        <translation>
            <numerusform>%n 笔退款处理中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="368"/>
        <source>%n refund-by-hand task(s)</source>
        <translation>
            <numerusform>%n 个线下退款任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="371"/>
        <source>%1 – F9 to see</source>
        <translation>%1 – 按 F9 查看</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="418"/>
        <source>Customer screen disconnected: print the payment QR (Ctrl+P)</source>
        <translation>客显屏已断开：请打印付款二维码 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="443"/>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="444"/>
        <source>Showing</source>
        <translation>显示中</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="447"/>
        <source>No customer screen: the payment QR is printed on request (Ctrl+P)</source>
        <translation>无客显屏：付款二维码可按需打印 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="474"/>
        <source>Payment QR not printed: %1</source>
        <translation>付款二维码未打印：%1</translation>
    </message>
</context>
<context>
    <name>pos::ui::PaymentDialog</name>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="39"/>
        <source>Take cash</source>
        <translation>收取现金</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="40"/>
        <source>Pay with code</source>
        <translation>扫码支付</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="41"/>
        <location filename="../ui/payment/PaymentDialog.cpp" line="462"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="45"/>
        <source>Cancel sale (Ctrl+Del)</source>
        <translation>取消交易（Ctrl+Del）</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="49"/>
        <source>Payment – order %1</source>
        <translation>收款 – 订单 %1</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="67"/>
        <source>Cash received</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="68"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="73"/>
        <source>Scan the customer&apos;s payment code (or type it)</source>
        <translation>扫描顾客付款码（或手动输入）</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="78"/>
        <source>Ask the customer to open Alipay / WeChat Pay and show the payment code.</source>
        <translation>请顾客打开支付宝 / 微信支付并出示付款码。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="95"/>
        <source>Choose the customer&apos;s app, then let the customer scan the QR.</source>
        <translation>请选择顾客使用的应用，然后让顾客扫描二维码。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="100"/>
        <source>No customer screen: Print QR (Ctrl+P)</source>
        <translation>无客显屏：打印二维码 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="104"/>
        <source>Print QR (Ctrl+P)</source>
        <translation>打印二维码 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="149"/>
        <location filename="../ui/payment/PaymentDialog.cpp" line="150"/>
        <source>Face pay stopped: %1</source>
        <translation>刷脸支付已停止：%1</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="157"/>
        <source>Face pay is not available: no face-pay device or no channel that accepts it.</source>
        <translation>刷脸支付不可用：没有刷脸设备或没有支持刷脸的渠道。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="158"/>
        <source>Choose the customer&apos;s app, then ask the customer to look into the face-pay device.</source>
        <translation>选择顾客使用的应用，然后请顾客注视刷脸设备。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="166"/>
        <source>Cash (F5)</source>
        <translation>现金 (F5)</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="167"/>
        <source>Payment code (F6)</source>
        <translation>付款码 (F6)</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="168"/>
        <source>Customer QR (F7)</source>
        <translation>顾客扫码 (F7)</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="169"/>
        <source>Face pay (F8)</source>
        <translation>刷脸支付 (F8)</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="290"/>
        <source>Authorising the face-pay device with %1…</source>
        <translation>正在向%1授权刷脸设备…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="292"/>
        <source>Ask the customer to look into the face-pay camera (%1 %2)…</source>
        <translation>请顾客注视刷脸摄像头（%1 %2）…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="295"/>
        <source>Face recognised: paying %1 with %2…</source>
        <translation>刷脸成功：正在通过%2支付 %1…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="349"/>
        <source>Asking %1 for a QR…</source>
        <translation>正在向%1申请二维码…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="381"/>
        <source>No QR to print: choose the customer&apos;s app first.</source>
        <translation>没有可打印的二维码：请先选择顾客使用的应用。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="385"/>
        <source>QR sent to the printer.</source>
        <translation>二维码已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="391"/>
        <source>QR valid for %1 s</source>
        <translation>二维码有效期剩余 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="391"/>
        <source>QR expired</source>
        <translation>二维码已过期</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="417"/>
        <source>Due %1 · %2 pending statement</source>
        <translation>应收 %1 · %2 待对账</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="418"/>
        <source>Due %1</source>
        <translation>应收 %1</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="421"/>
        <source>%1 pending statement: counted as taken, not confirmed paid. The order is settled when the channel&apos;s statement is imported (Pending, F9).</source>
        <translation>%1 待对账：已计入收款，但尚未确认到账。导入渠道对账单后订单才会结清（待处理，F9）。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="426"/>
        <source>%1 waiting for the channel&apos;s answer.</source>
        <translation>%1 等待渠道响应。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="437"/>
        <source>Enter an amount like 100 or 12.50</source>
        <translation>请输入金额，如 100 或 12.50</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="443"/>
        <source>%1 still due after this</source>
        <translation>本次收款后仍需收取 %1</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="462"/>
        <source>Cancel this payment</source>
        <translation>取消本次收款</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="472"/>
        <source>&apos;%1&apos; is not an amount. Type e.g. 100 or 12.50.</source>
        <translation>“%1”不是有效金额。请输入如 100 或 12.50。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="482"/>
        <source>Cash %1 received, change %2</source>
        <translation>实收现金 %1，找零 %2</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="504"/>
        <source>This code is not a payment code of any channel we accept. Ask the customer to show it again.</source>
        <translation>此码不是本店支持的任何支付渠道的付款码。请顾客重新出示。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="144"/>
        <location filename="../ui/payment/PaymentDialog.cpp" line="512"/>
        <source>Sent to %1, waiting for the answer…</source>
        <translation>已提交至 %1，等待响应…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="525"/>
        <source>Waiting for the channel…</source>
        <translation>正在等待支付渠道响应…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="530"/>
        <source>Waiting for the customer to scan and pay…</source>
        <translation>等待顾客扫码付款…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="532"/>
        <source>The customer is confirming on the phone (password). Please wait…</source>
        <translation>顾客正在手机上确认（输入密码），请稍候…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="538"/>
        <source>No clear answer yet (%1). Checking with the channel…</source>
        <translation>暂未获得明确结果（%1），正在向支付渠道查询…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="542"/>
        <source>Paid %1 by %2.</source>
        <translation>已通过 %2 支付 %1。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="547"/>
        <source>Payment failed: %1</source>
        <translation>支付失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="550"/>
        <source>Pending statement: %1 cannot be asked. The amount stays pending until the channel&apos;s statement is imported.</source>
        <translation>待对账：无法向%1查询。导入该渠道对账单前，此金额保持待处理。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="557"/>
        <source>Payment cancelled: nothing was charged (%1).</source>
        <translation>支付已撤销，未扣款（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="623"/>
        <source>Cancelling on the channel…</source>
        <translation>正在向支付渠道撤销…</translation>
    </message>
</context>
<context>
    <name>pos::ui::PendingDialog</name>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="76"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="79"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="76"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="79"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="82"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="76"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="79"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="76"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="79"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="82"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="77"/>
        <source>Payment no.</source>
        <translation>支付单号</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="77"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="80"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="83"/>
        <source>Since</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="77"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="80"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="83"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="79"/>
        <location filename="../ui/pending/PendingDialog.cpp" line="82"/>
        <source>Refund no.</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="82"/>
        <source>Give back</source>
        <translation>应退金额</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="83"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="85"/>
        <source>Close task with a reference… (Enter)</source>
        <translation>填写凭证号关闭任务…（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="89"/>
        <source>Pending payments and refunds</source>
        <translation>待处理的支付与退款</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="101"/>
        <source>Highlighted: Pending statement – the channel cannot be asked; the amount is settled when its statement is imported.</source>
        <translation>高亮：待对账——该渠道无法查询；导入其对账单后结清。</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="107"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="114"/>
        <source>Payments awaiting a channel</source>
        <translation>等待渠道确认的支付</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="117"/>
        <source>Refunds under way</source>
        <translation>处理中的退款</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="120"/>
        <source>Refund by hand: give the money back, then close the task</source>
        <translation>线下退款：退还款项后关闭任务</translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="152"/>
        <source>Nothing pending: every payment and refund is settled.</source>
        <translation>没有待处理事项：所有支付与退款均已完结。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pending/PendingDialog.cpp" line="153"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n 笔支付</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pending/PendingDialog.cpp" line="154"/>
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n 笔退款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pending/PendingDialog.cpp" line="155"/>
        <source>%n refund-by-hand task(s)</source>
        <translation>
            <numerusform>%n 个线下退款任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pending/PendingDialog.cpp" line="231"/>
        <source>Select a refund-by-hand task first.</source>
        <translation>请先选择一个线下退款任务。</translation>
    </message>
</context>
<context>
    <name>pos::ui::RefundConfirmPage</name>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="16"/>
        <source>Check with the customer, then confirm the refund</source>
        <translation>请与顾客核对后确认退款</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="23"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="24"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="25"/>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="27"/>
        <source>Already refunded</source>
        <translation>已退</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="28"/>
        <source>This refund</source>
        <translation>本次退款</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="29"/>
        <source>Still refundable after</source>
        <translation>退款后剩余可退</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="30"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="31"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="82"/>
        <source>%1 has no refund API: this creates a refund-by-hand task. Give the money back outside the terminal, then a supervisor closes the task with its reference (F9).</source>
        <translation>%1 没有退款接口：将生成线下退款任务。请通过收银台以外的方式退款，然后由主管填写凭证号关闭任务（F9）。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundConfirmPage.cpp" line="87"/>
        <source>Cash: hand %1 back to the customer from the drawer.</source>
        <translation>现金：从钱箱退还顾客 %1。</translation>
    </message>
</context>
<context>
    <name>pos::ui::RefundDialog</name>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="49"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="49"/>
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="49"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="53"/>
        <source>Tender</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="53"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="53"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="53"/>
        <source>Payment no.</source>
        <translation>支付单号</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="53"/>
        <source>Code</source>
        <translation>付款码</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="63"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="68"/>
        <source>1. Choose the paid order (↑↓, Enter)</source>
        <translation>1. 选择已支付的订单（↑↓，Enter）</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="89"/>
        <source>e.g. damaged goods, returned item, charged twice</source>
        <translation>例如：商品损坏、退货、重复扣款</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="94"/>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="95"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="97"/>
        <source>3. How much, and why?</source>
        <translation>3. 退多少，为什么？</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="101"/>
        <source>The whole refundable amount is proposed; type less for a partial refund.</source>
        <translation>默认退还全部可退金额；输入较小金额即为部分退款。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="115"/>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="166"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="166"/>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="170"/>
        <location filename="../ui/refund/RefundDialog.cpp" line="174"/>
        <source>Next (Enter)</source>
        <translation>下一步（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="178"/>
        <source>Next: approval (Enter)</source>
        <translation>下一步：审批（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="186"/>
        <source>Refund now (Enter)</source>
        <translation>立即退款（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="190"/>
        <source>Close (Enter)</source>
        <translation>关闭（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="286"/>
        <source>No paid order to refund.</source>
        <translation>没有可退款的已支付订单。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="294"/>
        <source>Choose an order first.</source>
        <translation>请先选择订单。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="311"/>
        <source>Order %1 has no successful payment to refund.</source>
        <translation>订单 %1 没有可退款的成功支付。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="314"/>
        <source>2. Which payment of order %1 is refunded?</source>
        <translation>2. 退订单 %1 的哪一笔支付？</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="330"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="335"/>
        <source>No refund on this order yet.</source>
        <translation>此订单尚无退款。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="336"/>
        <source>Earlier refunds: %1</source>
        <translation>以往退款：%1</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="345"/>
        <source>Choose a payment first.</source>
        <translation>请先选择一笔支付。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="354"/>
        <source>Nothing is left to refund on %1: it is refunded in full.</source>
        <translation>%1 已全额退款，没有可退金额。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="361"/>
        <source>%1 · %2 · %3
Paid %4, already refunded %5, refundable %6.</source>
        <translation>%1 · %2 · %3
实付 %4，已退 %5，可退 %6。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="375"/>
        <source>&apos;%1&apos; is not an amount. Type e.g. 12 or 3.50.</source>
        <translation>“%1”不是有效金额。请输入如 12 或 3.50。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="380"/>
        <source>Say why the money is refunded.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="392"/>
        <source>Refund %1 of order %2 to the customer (%3). Reason: %4</source>
        <translation>向顾客退还订单 %2 的 %1（%3）。原因：%4</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="466"/>
        <source>Sent to %1, waiting for the answer…</source>
        <translation>已提交至%1，等待响应…</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="470"/>
        <source>%1 accepted the refund of %2 and is processing it. It is followed until final (pending, F9).</source>
        <translation>%1 已受理 %2 的退款，正在处理。系统将持续跟踪至最终结果（待处理，F9）。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="476"/>
        <source>No clear answer yet (%1): asking %2 again with the same refund number…</source>
        <translation>尚无明确结果（%1）：正以同一退款单号再次询问%2…</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="482"/>
        <source>Refunded: hand %1 cash back to the customer.</source>
        <translation>已退款：请退还顾客现金 %1。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="483"/>
        <source>Refunded %1 to the customer&apos;s %2 account.</source>
        <translation>已退款 %1 至顾客的%2账户。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="487"/>
        <source>%1 refused the refund: %2. Nothing was refunded.</source>
        <translation>%1 拒绝退款：%2。未退任何款项。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="492"/>
        <source>Refund by hand: give %1 back to the customer and close the task (F9).</source>
        <translation>线下退款：请退还顾客 %1，然后关闭任务（F9）。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="496"/>
        <source>Refunded by hand (reference %1).</source>
        <translation>已线下退款（凭证号 %1）。</translation>
    </message>
    <message>
        <location filename="../ui/refund/RefundDialog.cpp" line="502"/>
        <source>Refund %1 of payment %2, order %3 · %4</source>
        <translation>退款 %1，支付 %2，订单 %3 · %4</translation>
    </message>
</context>
<context>
    <name>pos::ui::ReprintDialog</name>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="29"/>
        <source>Reprint a receipt</source>
        <translation>重印小票</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="32"/>
        <source>Order number, or pick one below</source>
        <translation>输入订单号，或从下方选择</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="36"/>
        <source>Reprint as COPY (Enter)</source>
        <translation>重印副本 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="39"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="85"/>
        <source>Enter or pick the order to reprint.</source>
        <translation>请输入或选择要重印的订单。</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="90"/>
        <source>No order %1 on this terminal.</source>
        <translation>本终端没有订单 %1。</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="95"/>
        <source>Order %1 is not paid: there is no receipt to reprint.</source>
        <translation>订单 %1 未支付：没有可重印的小票。</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="106"/>
        <source>Not queued: %1</source>
        <translation>未加入打印队列：%1</translation>
    </message>
    <message>
        <location filename="../ui/receipt/ReprintDialog.cpp" line="109"/>
        <source>Copy of %1 queued as print job %2.</source>
        <translation>订单 %1 的小票副本已加入打印队列（任务 %2）。</translation>
    </message>
</context>
<context>
    <name>pos::ui::SaleScreen</name>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="37"/>
        <source>Scan or type a barcode, then Enter</source>
        <translation>扫描或输入条码，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="39"/>
        <source>F2: search by name</source>
        <translation>F2：按品名搜索</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="45"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="45"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="45"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="45"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="61"/>
        <source>Quantity (F4)</source>
        <translation>数量 (F4)</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="62"/>
        <source>Void line (Del)</source>
        <translation>删除行 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="63"/>
        <source>Pay (F12)</source>
        <translation>结账 (F12)</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="64"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="66"/>
        <source>Pending (F9)</source>
        <translation>待处理 (F9)</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="67"/>
        <source>Refund (F10)</source>
        <translation>退款 (F10)</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="68"/>
        <source>Shift (F7)</source>
        <translation>班次 (F7)</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="69"/>
        <source>Day end (F8)</source>
        <translation>日结 (F8)</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="145"/>
        <source>Unknown barcode %1: nothing was added.</source>
        <translation>未知条码 %1：未添加任何商品。</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="146"/>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="151"/>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="184"/>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>没有与“%1”匹配的商品。</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="212"/>
        <location filename="../ui/sale/SaleScreen.cpp" line="233"/>
        <source>Select a line first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="218"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="218"/>
        <source>Weight in grams</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="218"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="240"/>
        <source>Line voided.</source>
        <translation>该行已作废。</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="263"/>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="264"/>
        <source>Cashier: %1</source>
        <translation>收银员：%1</translation>
    </message>
</context>
<context>
    <name>pos::ui::SettlementScreens</name>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="120"/>
        <source>The shift slip was not printed: %1</source>
        <translation>交班单未打印：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="129"/>
        <source>Shift: unreadable</source>
        <translation>班次：无法读取</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="134"/>
        <source>No shift open (F7)</source>
        <translation>未开班 (F7)</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="138"/>
        <source>No shift is open on this terminal: F7 opens one with the float.</source>
        <translation>本终端没有开班：按 F7 输入备用金开班。</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="142"/>
        <source>Shift %1: %2 since %3</source>
        <translation>班次 %1：%2，自 %3 起</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettlementScreens.cpp" line="148"/>
        <source>The shift of %1 is still open on this terminal: hand it over or have a supervisor close it (F7).</source>
        <translation>%1 的班次仍在本终端未结束：请交班，或由主管结班 (F7)。</translation>
    </message>
</context>
<context>
    <name>pos::ui::ShiftDialog</name>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="59"/>
        <source>Open shift (Enter)</source>
        <translation>开班 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="63"/>
        <source>Pay in (Ctrl+I)</source>
        <translation>存入 (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="64"/>
        <source>Pay out (Ctrl+U)</source>
        <translation>取出 (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="66"/>
        <source>Close shift (Ctrl+E)</source>
        <translation>结班 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="67"/>
        <source>Hand over (Ctrl+H)</source>
        <translation>交班 (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="73"/>
        <source>Reason for the over/short</source>
        <translation>长短款原因</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="81"/>
        <source>Done (Enter)</source>
        <translation>完成 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="83"/>
        <source>Supervisor: close this shift (Ctrl+E)</source>
        <translation>主管：结束此班次 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="37"/>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="86"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="89"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="95"/>
        <source>Next cashier</source>
        <translation>接班收银员</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="95"/>
        <source>Cashier code</source>
        <translation>收银员工号</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="95"/>
        <source>Sign in (Enter)</source>
        <translation>登录 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="142"/>
        <source>Opening float (cash put in the drawer)</source>
        <translation>备用金（放入钱箱的现金）</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="144"/>
        <source>Open a shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="145"/>
        <source>Cashier: %1</source>
        <translation>收银员：%1</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="188"/>
        <source>e.g. change from the safe, cash to the bank</source>
        <translation>例如：从保险柜取零钱、现金存银行</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="190"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="191"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="210"/>
        <source>Why is the drawer over or short?</source>
        <translation>钱箱为什么长款或短款？</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="249"/>
        <source>Another cashier&apos;s shift is open</source>
        <translation>其他收银员的班次未结束</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialogPages.cpp" line="258"/>
        <source>A supervisor closes the shift of %1 with a count of the drawer.</source>
        <translation>由主管清点钱箱并结束 %1 的班次。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="37"/>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="85"/>
        <source>cashier %1</source>
        <translation>收银员 %1</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="106"/>
        <source>%1 has had shift %2 open on this terminal since %3. Only one shift can be open at a time: a supervisor closes it with a count of the drawer before you open yours.</source>
        <translation>%1 自 %3 起在本终端开着班次 %2。同一时间只能有一个班次：请主管清点钱箱结束该班次后再开班。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="120"/>
        <source>Shift %1 · %2 · open since %3</source>
        <translation>班次 %1 · %2 · 自 %3 起</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="130"/>
        <source>Blind count under way: the figures and the expected cash are shown once the count is submitted.</source>
        <translation>盲点进行中：提交清点结果后才显示各项金额和应有现金。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="138"/>
        <source>Blind count: the expected cash is shown once the count is submitted.</source>
        <translation>盲点：提交清点结果后才显示应有现金。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="149"/>
        <source>&apos;%1&apos; is not an amount. Type e.g. 200 or 200.00.</source>
        <translation>“%1”不是金额。请输入如 200 或 200.00。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="171"/>
        <source>Pay in: cash put into the drawer</source>
        <translation>存入：放入钱箱的现金</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="172"/>
        <source>Pay in (Enter)</source>
        <translation>存入 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="185"/>
        <source>Pay out: cash taken out of the drawer</source>
        <translation>取出：从钱箱取出的现金</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="186"/>
        <source>Pay out (Enter)</source>
        <translation>取出 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="200"/>
        <source>&apos;%1&apos; is not an amount. Type e.g. 50 or 12.50.</source>
        <translation>“%1”不是金额。请输入如 50 或 12.50。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="220"/>
        <source>Paid in %1: put it in the drawer.</source>
        <translation>已存入 %1：请放入钱箱。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="221"/>
        <source>Paid out %1: take it from the drawer.</source>
        <translation>已取出 %1：请从钱箱取出。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="269"/>
        <source>Close the shift of %1: count the drawer</source>
        <translation>结束 %1 的班次：清点钱箱</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="270"/>
        <source>Hand over the shift of %1: count the drawer</source>
        <translation>%1 交班：清点钱箱</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="272"/>
        <source>Submit count (Ctrl+Enter)</source>
        <translation>提交清点 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="273"/>
        <source>Submit count, then next cashier (Ctrl+Enter)</source>
        <translation>提交清点，然后接班收银员 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="275"/>
        <source>The blind count of this shift was already submitted (%1): enter the same count again.</source>
        <translation>本班次的盲点结果已提交（%1）：请再次输入相同的清点结果。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="279"/>
        <source>Blind count: count every bill and coin without looking at any figure. The expected cash is shown once you submit, and the submitted count is final.</source>
        <translation>盲点：不看任何金额，清点每一张纸币和每一枚硬币。提交后才显示应有现金，提交的结果为最终结果。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="284"/>
        <source>Count every bill and coin in the drawer. Enter or Tab moves to the next row.</source>
        <translation>清点钱箱中的每一张纸币和每一枚硬币。Enter 或 Tab 移到下一行。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="298"/>
        <source>Next cashier: code and PIN. The counted %1 becomes the float of the next shift.</source>
        <translation>接班收银员：工号和密码。清点的 %1 将作为下一班次的备用金。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="342"/>
        <source>Count submitted (%1): it is final and can no longer be changed.</source>
        <translation>清点结果已提交（%1）：为最终结果，不可再改。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="365"/>
        <source>Sign off the over/short: %1
Reason: %2</source>
        <translation>签核长短款：%1
原因：%2</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="422"/>
        <source>Shift %1 handed over to %2</source>
        <translation>班次 %1 已交给 %2</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="423"/>
        <source>Shift %1 of %2 closed</source>
        <translation>%2 的班次 %1 已结束</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="427"/>
        <source>Over/short signed off by %1. Reason: %2</source>
        <translation>长短款由 %1 签核。原因：%2</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftDialog.cpp" line="431"/>
        <source>Shift %1 of %2 is open with a float of %3.</source>
        <translation>%2 的班次 %1 已开班，备用金 %3。</translation>
    </message>
</context>
<context>
    <name>pos::ui::ShiftFiguresView</name>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="20"/>
        <source>Opening float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="21"/>
        <source>Float handed over</source>
        <translation>交接备用金</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="22"/>
        <source>Cash sales</source>
        <translation>现金销售</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="23"/>
        <source>Cash refunds</source>
        <translation>现金退款</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="24"/>
        <source>Pay-ins</source>
        <translation>存入</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="25"/>
        <source>Pay-outs</source>
        <translation>取出</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="26"/>
        <source>Expected in the drawer</source>
        <translation>钱箱应有</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="27"/>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftFiguresView.cpp" line="28"/>
        <source>Over/short</source>
        <translation>长短款</translation>
    </message>
</context>
<context>
    <name>pos::ui::ShiftText</name>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="25"/>
        <source>A reason is needed.</source>
        <translation>需要填写原因。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="27"/>
        <source>A supervisor must sign off the over/short.</source>
        <translation>长短款需要主管签核。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="29"/>
        <source>The blind count was already submitted and cannot be redone.</source>
        <translation>盲点结果已提交，不能重新清点。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="32"/>
        <source>Blind count under way: the expected cash stays hidden.</source>
        <translation>盲点进行中：应有现金不显示。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="35"/>
        <source>More than the cash the drawer should hold.</source>
        <translation>超过钱箱应有的现金。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="36"/>
        <source>Not an allowed amount.</source>
        <translation>金额不允许。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="38"/>
        <source>A shift is already open on this terminal.</source>
        <translation>本终端已有班次未结束。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="39"/>
        <source>This shift is closed.</source>
        <translation>此班次已结束。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="41"/>
        <source>Not allowed for this person.</source>
        <translation>此人无权操作。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="43"/>
        <source>The drawer is being counted: no cash moves in or out now.</source>
        <translation>钱箱正在清点：现在不能存入或取出现金。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="46"/>
        <source>The next cashier must be someone else.</source>
        <translation>接班收银员必须是另一个人。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="48"/>
        <source>A signed-in cashier is needed.</source>
        <translation>需要已登录的收银员。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="50"/>
        <source>The reason is too long.</source>
        <translation>原因太长。</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="80"/>
        <source>note</source>
        <translation>纸币</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="82"/>
        <source>coin</source>
        <translation>硬币</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="84"/>
        <source>note or coin</source>
        <translation>纸币或硬币</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="95"/>
        <source>Over / 长款 +%1</source>
        <translation>Over / 长款 +%1</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="98"/>
        <source>Short / 短款 −%1</source>
        <translation>Short / 短款 −%1</translation>
    </message>
    <message>
        <location filename="../ui/shift/ShiftText.cpp" line="100"/>
        <source>Exact / 无差额 %1</source>
        <translation>Exact / 无差额 %1</translation>
    </message>
</context>
<context>
    <name>pos::ui::States</name>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="18"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="20"/>
        <location filename="../ui/shell/StateText.cpp" line="43"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="22"/>
        <source>Customer paying</source>
        <translation>顾客支付中</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="24"/>
        <source>Unknown: checking</source>
        <translation>结果未知：查询中</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="26"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="28"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="30"/>
        <source>Reversed</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="32"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="34"/>
        <source>Pending statement</source>
        <translation>待对账</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="45"/>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="47"/>
        <source>Unknown: asking again</source>
        <translation>结果未知：再次询问</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="49"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="51"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="53"/>
        <source>Refund by hand</source>
        <translation>线下退款</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="55"/>
        <source>Refunded by hand</source>
        <translation>已线下退款</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="64"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="66"/>
        <source>Payment code</source>
        <translation>付款码</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="68"/>
        <source>Customer QR</source>
        <translation>顾客扫码</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="70"/>
        <source>Face pay</source>
        <translation>刷脸支付</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="84"/>
        <source>More than what is left to refund on this payment.</source>
        <translation>超出此笔支付剩余可退金额。</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="86"/>
        <source>Not approved: a refund needs a supervisor.</source>
        <translation>未获批准：退款需要主管审批。</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="88"/>
        <source>The refunds of this payment changed meanwhile: check and confirm again.</source>
        <translation>此笔支付的退款记录已变化：请核对后重新确认。</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="92"/>
        <source>Say why the money is refunded.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="94"/>
        <source>The refund must be an amount above zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="96"/>
        <source>Only a successful payment can be refunded.</source>
        <translation>只有成功的支付才能退款。</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="98"/>
        <source>Give the reference of the refund made by hand (bank slip, transfer number).</source>
        <translation>请填写线下退款的凭证号（银行回单、转账流水号）。</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="102"/>
        <source>This refund is not a refund-by-hand task.</source>
        <translation>此退款不是线下退款任务。</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="104"/>
        <source>This order is already settled.</source>
        <translation>此订单已结清。</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="106"/>
        <source>This account is locked after too many wrong PINs.</source>
        <translation>密码错误次数过多，此账号已锁定。</translation>
    </message>
    <message>
        <location filename="../ui/shell/StateText.cpp" line="107"/>
        <source>Wrong code or PIN.</source>
        <translation>工号或密码错误。</translation>
    </message>
</context>
<context>
    <name>pos::ui::SupervisorApproval</name>
    <message>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="19"/>
        <source>Approve (Enter)</source>
        <translation>批准（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="22"/>
        <source>Supervisor approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="29"/>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="43"/>
        <source>Supervisor code</source>
        <translation>主管工号</translation>
    </message>
    <message>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="32"/>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="45"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/approval/SupervisorApproval.cpp" line="105"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>pos::ui::ZHistoryPanel</name>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="16"/>
        <source>Open (Enter)</source>
        <translation>打开 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="19"/>
        <source>Z No.</source>
        <translation>Z 号</translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="19"/>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="19"/>
        <source>Closed at</source>
        <translation>关账时间</translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="20"/>
        <source>Closed by</source>
        <translation>关账人</translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="20"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="20"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="20"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="21"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../ui/dayend/ZHistoryPanel.cpp" line="21"/>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
</context>
</TS>
