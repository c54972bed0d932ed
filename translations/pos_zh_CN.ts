<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="49"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="68"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../app/pos-terminal/main.cpp" line="89"/>
        <source>Storage</source>
        <translation>数据存储</translation>
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
    <name>pos::devices::FilePrinterTransport</name>
    <message>
        <location filename="../devices/printer/FilePrinterTransport.cpp" line="15"/>
        <source>printer file %1</source>
        <translation>打印机文件 %1</translation>
    </message>
    <message>
        <location filename="../devices/printer/FilePrinterTransport.cpp" line="23"/>
        <source>Cannot open printer %1 for writing: %2</source>
        <translation>无法打开打印机 %1 进行写入：%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/FilePrinterTransport.cpp" line="29"/>
        <source>Writing to printer %1 failed after %2 of %3 bytes: %4</source>
        <translation>写入打印机 %1 失败（已写入 %2/%3 字节）：%4</translation>
    </message>
</context>
<context>
    <name>pos::devices::SimulatedPrinter</name>
    <message>
        <location filename="../devices/printer/SimulatedPrinter.cpp" line="21"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/SimulatedPrinter.cpp" line="34"/>
        <source>simulated printer in %1</source>
        <translation>模拟打印机（%1）</translation>
    </message>
    <message>
        <location filename="../devices/printer/SimulatedPrinter.cpp" line="68"/>
        <source>Cannot create the simulated printer directory %1</source>
        <translation>无法创建模拟打印机目录 %1</translation>
    </message>
</context>
<context>
    <name>pos::devices::TcpPrinterTransport</name>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="34"/>
        <source>TCP printer %1:%2</source>
        <translation>TCP 打印机 %1:%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="102"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="126"/>
        <source>%1 closed the connection before all bytes were sent</source>
        <translation>%1 在数据发送完成前关闭了连接</translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="133"/>
        <source>%1: no connection within %2 ms</source>
        <translation>%1：%2 毫秒内未能建立连接</translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="134"/>
        <source>%1: printer accepted no data for %2 ms</source>
        <translation>%1：打印机 %2 毫秒内未接收任何数据</translation>
    </message>
    <message>
        <location filename="../devices/printer/TcpPrinterTransport.cpp" line="142"/>
        <source>%1: disconnected with jobs pending</source>
        <translation>%1：连接已断开，仍有待打印的任务</translation>
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
</context>
<context>
    <name>pos::ui::LoginWidget</name>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="19"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="23"/>
        <source>Cashier login</source>
        <translation>收银员登录</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="31"/>
        <source>Cashier code</source>
        <translation>收银员工号</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="34"/>
        <location filename="../ui/login/LoginWidget.cpp" line="47"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="46"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="91"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="119"/>
        <source>This account is locked after too many wrong PINs. Ask a supervisor to unlock it.</source>
        <translation>密码错误次数过多，该账号已被锁定。请联系主管解锁。</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWidget.cpp" line="120"/>
        <source>Wrong cashier code or PIN.</source>
        <translation>工号或密码错误。</translation>
    </message>
</context>
<context>
    <name>pos::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="31"/>
        <source>Cashier terminal %1 – %2</source>
        <translation>收银终端 %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="45"/>
        <location filename="../ui/shell/MainWindow.cpp" line="57"/>
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="46"/>
        <source>Alipay: checking…</source>
        <translation>支付宝：检测中…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="47"/>
        <source>Cash only</source>
        <translation>仅收现金</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="54"/>
        <source>Printer: ready</source>
        <translation>打印机：就绪</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="77"/>
        <source>Alipay: reachable</source>
        <translation>支付宝：连接正常</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="77"/>
        <source>Alipay: unreachable</source>
        <translation>支付宝：无法连接</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="138"/>
        <source>Order %1 paid. Change %2.</source>
        <translation>订单 %1 已收款，找零 %2。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="139"/>
        <source>Order %1 paid.</source>
        <translation>订单 %1 已收款。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="146"/>
        <source>%1 Press F12 to take the rest.</source>
        <translation>%1 请按 F12 收取剩余款项。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>Receipt not printed: %1</source>
        <translation>小票未打印：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>%n payment(s) awaiting a channel answer</source>
        <translation>
            <numerusform>%n 笔支付正在等待渠道响应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pos::ui::PaymentDialog</name>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="24"/>
        <source>Take cash</source>
        <translation>收取现金</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="25"/>
        <source>Pay with code</source>
        <translation>扫码支付</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="26"/>
        <location filename="../ui/payment/PaymentDialog.cpp" line="204"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="31"/>
        <source>Payment – order %1</source>
        <translation>收款 – 订单 %1</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="44"/>
        <source>Cash received</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="45"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="50"/>
        <source>Scan the customer&apos;s payment code (or type it)</source>
        <translation>扫描顾客付款码（或手动输入）</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="55"/>
        <source>Ask the customer to open Alipay / WeChat Pay and show the payment code.</source>
        <translation>请顾客打开支付宝 / 微信支付并出示付款码。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="72"/>
        <source>Choose the customer&apos;s app, then let the customer scan the QR.</source>
        <translation>请选择顾客使用的应用，然后让顾客扫描二维码。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="79"/>
        <source>Cash (F5)</source>
        <translation>现金 (F5)</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="80"/>
        <source>Payment code (F6)</source>
        <translation>付款码 (F6)</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="81"/>
        <source>Customer QR (F7)</source>
        <translation>顾客扫码 (F7)</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="139"/>
        <source>Asking %1 for a QR…</source>
        <translation>正在向%1申请二维码…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="162"/>
        <source>QR valid for %1 s</source>
        <translation>二维码有效期剩余 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="162"/>
        <source>QR expired</source>
        <translation>二维码已过期</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="174"/>
        <source>Due %1</source>
        <translation>应收 %1</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="182"/>
        <source>Enter an amount like 100 or 12.50</source>
        <translation>请输入金额，如 100 或 12.50</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="188"/>
        <source>%1 still due after this</source>
        <translation>本次收款后仍需收取 %1</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="204"/>
        <source>Cancel this payment</source>
        <translation>取消本次收款</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="214"/>
        <source>&apos;%1&apos; is not an amount. Type e.g. 100 or 12.50.</source>
        <translation>“%1”不是有效金额。请输入如 100 或 12.50。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="224"/>
        <source>Cash %1 received, change %2</source>
        <translation>实收现金 %1，找零 %2</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="246"/>
        <source>This code is not a payment code of any channel we accept. Ask the customer to show it again.</source>
        <translation>此码不是本店支持的任何支付渠道的付款码。请顾客重新出示。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="254"/>
        <source>Sent to %1, waiting for the answer…</source>
        <translation>已提交至 %1，等待响应…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="266"/>
        <source>Waiting for the channel…</source>
        <translation>正在等待支付渠道响应…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="271"/>
        <source>Waiting for the customer to scan and pay…</source>
        <translation>等待顾客扫码付款…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="273"/>
        <source>The customer is confirming on the phone (password). Please wait…</source>
        <translation>顾客正在手机上确认（输入密码），请稍候…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="279"/>
        <source>No clear answer yet (%1). Checking with the channel…</source>
        <translation>暂未获得明确结果（%1），正在向支付渠道查询…</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="283"/>
        <source>Paid %1 by %2.</source>
        <translation>已通过 %2 支付 %1。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="286"/>
        <source>Payment failed: %1</source>
        <translation>支付失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="290"/>
        <source>Payment cancelled: nothing was charged (%1).</source>
        <translation>支付已撤销，未扣款（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/payment/PaymentDialog.cpp" line="321"/>
        <source>Cancelling on the channel…</source>
        <translation>正在向支付渠道撤销…</translation>
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
        <location filename="../ui/sale/SaleScreen.cpp" line="120"/>
        <source>Unknown barcode %1: nothing was added.</source>
        <translation>未知条码 %1：未添加任何商品。</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="121"/>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="126"/>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="159"/>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>没有与“%1”匹配的商品。</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="187"/>
        <location filename="../ui/sale/SaleScreen.cpp" line="208"/>
        <source>Select a line first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="193"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="193"/>
        <source>Weight in grams</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="193"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="215"/>
        <source>Line voided.</source>
        <translation>该行已作废。</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="238"/>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../ui/sale/SaleScreen.cpp" line="239"/>
        <source>Cashier: %1</source>
        <translation>收银员：%1</translation>
    </message>
</context>
</TS>
