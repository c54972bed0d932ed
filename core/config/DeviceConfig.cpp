#include "config/DeviceConfig.h"

#include "config/IniValues.h"

#include <QSettings>

namespace pos::config {

namespace {

const QStringList kFlowControls{QStringLiteral("none"), QStringLiteral("hardware"),
                                QStringLiteral("software")};

Status readSerial(const QSettings &settings, const QString &group, SerialPortSettings *serial)
{
    serial->port = readString(settings, group + QStringLiteral("/serial_port"), serial->port);
    if (auto read = readInt(settings, group + QStringLiteral("/baud"), 1200, 921600, &serial->baud);
        !read) {
        return read;
    }
    return readChoice(settings, group + QStringLiteral("/flow_control"), kFlowControls,
                      &serial->flowControl);
}

Status readUsb(const QSettings &settings, const QString &group, UsbIdSettings *usb)
{
    if (auto read = readUsbId(settings, group + QStringLiteral("/usb_vendor_id"), &usb->vendorId);
        !read) {
        return read;
    }
    if (auto read = readUsbId(settings, group + QStringLiteral("/usb_product_id"), &usb->productId);
        !read) {
        return read;
    }
    usb->serial = readString(settings, group + QStringLiteral("/usb_serial"), usb->serial);
    return success();
}

Status requireSerialPort(const QString &group, const SerialPortSettings &serial)
{
    if (serial.port.isEmpty()) {
        return Error{QStringLiteral("config.incomplete"),
                     QStringLiteral("%1/serial_port is needed for a serial device").arg(group)};
    }
    return success();
}

Status requireUsbId(const QString &group, const UsbIdSettings &usb)
{
    if (usb.vendorId == 0 || usb.productId == 0) {
        return Error{QStringLiteral("config.incomplete"),
                     QStringLiteral("%1/usb_vendor_id and %1/usb_product_id are needed for a USB "
                                    "device")
                         .arg(group)};
    }
    return success();
}

Status readPrinter(const QSettings &settings, PrinterSettings *printer)
{
    const QString group = QStringLiteral("printer");
    if (auto read =
            readChoice(settings, QStringLiteral("printer/type"),
                       {QStringLiteral("simulated"), QStringLiteral("file"), QStringLiteral("tcp"),
                        QStringLiteral("serial"), QStringLiteral("usb"), QStringLiteral("none")},
                       &printer->type);
        !read) {
        return read;
    }
    printer->path = readString(settings, QStringLiteral("printer/path"), printer->path);
    printer->host = readString(settings, QStringLiteral("printer/host"), printer->host);
    if (auto read = readInts(settings,
                             {
                                 {"printer/port", 1, 65535, &printer->port},
                                 {"printer/columns", 32, 64, &printer->columns},
                                 {"printer/status_poll_ms", 50, 60000, &printer->statusPollMs},
                                 {"printer/retry_ms", 50, 600000, &printer->retryMs},
                             });
        !read) {
        return read;
    }
    int drawerAlertSeconds = printer->drawerAlertMs / 1000;
    if (auto read = readInt(settings, QStringLiteral("printer/drawer_alert_seconds"), 5, 3600,
                            &drawerAlertSeconds);
        !read) {
        return read;
    }
    printer->drawerAlertMs = drawerAlertSeconds * 1000;
    if (auto read = readSerial(settings, group, &printer->serial); !read) {
        return read;
    }
    if (auto read = readUsb(settings, group, &printer->usb); !read) {
        return read;
    }
    if (printer->type == QLatin1String("file") && printer->path.isEmpty()) {
        return Error{QStringLiteral("config.incomplete"),
                     QStringLiteral("printer/path is needed for a file printer")};
    }
    if (printer->type == QLatin1String("tcp") && printer->host.isEmpty()) {
        return Error{QStringLiteral("config.incomplete"),
                     QStringLiteral("printer/host is needed for a TCP printer")};
    }
    if (printer->type == QLatin1String("serial")) {
        return requireSerialPort(group, printer->serial);
    }
    if (printer->type == QLatin1String("usb")) {
        return requireUsbId(group, printer->usb);
    }
    return success();
}

Status readScanner(const QSettings &settings, ScannerSettings *scanner)
{
    const QString group = QStringLiteral("scanner");
    if (auto read = readChoice(settings, QStringLiteral("scanner/type"),
                               {QStringLiteral("none"), QStringLiteral("serial"),
                                QStringLiteral("usb-hid"), QStringLiteral("simulated")},
                               &scanner->type);
        !read) {
        return read;
    }
    if (auto read = readInt(settings, QStringLiteral("scanner/max_inter_key_ms"), 5, 200,
                            &scanner->maxInterKeyMs);
        !read) {
        return read;
    }
    if (auto read =
            readInt(settings, QStringLiteral("scanner/min_length"), 1, 64, &scanner->minLength);
        !read) {
        return read;
    }
    if (auto read =
            readChoice(settings, QStringLiteral("scanner/wedge_suffix"),
                       {QStringLiteral("enter"), QStringLiteral("tab")}, &scanner->wedgeSuffix);
        !read) {
        return read;
    }
    if (auto read = readChoice(settings, QStringLiteral("scanner/serial_suffix"),
                               {QStringLiteral("cr"), QStringLiteral("lf"), QStringLiteral("crlf")},
                               &scanner->serialSuffix);
        !read) {
        return read;
    }
    if (auto read = readSerial(settings, group, &scanner->serial); !read) {
        return read;
    }
    if (auto read = readUsb(settings, group, &scanner->usb); !read) {
        return read;
    }
    if (scanner->type == QLatin1String("serial")) {
        return requireSerialPort(group, scanner->serial);
    }
    if (scanner->type == QLatin1String("usb-hid")) {
        return requireUsbId(group, scanner->usb);
    }
    return success();
}

Status readFace(const QSettings &settings, FaceDeviceSettings *face)
{
    const QString group = QStringLiteral("face");
    if (auto read =
            readChoice(settings, QStringLiteral("face/type"),
                       {QStringLiteral("auto"), QStringLiteral("none"), QStringLiteral("simulated"),
                        QStringLiteral("tcp"), QStringLiteral("serial")},
                       &face->type);
        !read) {
        return read;
    }
    face->host = readString(settings, QStringLiteral("face/host"), face->host);
    if (auto read = readInts(settings,
                             {
                                 {"face/port", 0, 65535, &face->port},
                                 {"face/reply_timeout_ms", 50, 60000, &face->replyTimeoutMs},
                                 {"face/capture_timeout_ms", 1000, 600000, &face->captureTimeoutMs},
                             });
        !read) {
        return read;
    }
    if (auto read = readSerial(settings, group, &face->serial); !read) {
        return read;
    }
    if (face->type == QLatin1String("tcp") && (face->host.isEmpty() || face->port == 0)) {
        return Error{QStringLiteral("config.incomplete"),
                     QStringLiteral("face/host and face/port are needed for a TCP face-pay "
                                    "device")};
    }
    if (face->type == QLatin1String("serial")) {
        return requireSerialPort(group, face->serial);
    }
    return success();
}

Status readDisplay(const QSettings &settings, CustomerDisplaySettings *display)
{
    if (auto read = readChoice(
            settings, QStringLiteral("customer_display/mode"),
            {QStringLiteral("auto"), QStringLiteral("on"), QStringLiteral("off")}, &display->mode);
        !read) {
        return read;
    }
    if (auto read =
            readInt(settings, QStringLiteral("customer_display/screen"), -1, 16, &display->screen);
        !read) {
        return read;
    }
    return readInt(settings, QStringLiteral("customer_display/idle_after_paid_ms"), 0, 600000,
                   &display->idleAfterPaidMs);
}

void writeSerial(QSettings &settings, const QString &group, const SerialPortSettings &serial)
{
    settings.setValue(group + QStringLiteral("/serial_port"), serial.port);
    settings.setValue(group + QStringLiteral("/baud"), serial.baud);
    settings.setValue(group + QStringLiteral("/flow_control"), serial.flowControl);
}

void writeUsb(QSettings &settings, const QString &group, const UsbIdSettings &usb)
{
    const auto hex = [](quint16 id) {
        return QStringLiteral("%1").arg(id, 4, 16, QLatin1Char('0'));
    };
    settings.setValue(group + QStringLiteral("/usb_vendor_id"), hex(usb.vendorId));
    settings.setValue(group + QStringLiteral("/usb_product_id"), hex(usb.productId));
    settings.setValue(group + QStringLiteral("/usb_serial"), usb.serial);
}

} // namespace

Status readDeviceSettings(const QSettings &settings, DeviceSettings *devices)
{
    if (auto read = readPrinter(settings, &devices->printer); !read) {
        return read;
    }
    if (auto read = readScanner(settings, &devices->scanner); !read) {
        return read;
    }
    if (auto read = readFace(settings, &devices->face); !read) {
        return read;
    }
    return readDisplay(settings, &devices->display);
}

void writeDeviceSettings(QSettings &settings, const DeviceSettings &devices)
{
    const PrinterSettings &printer = devices.printer;
    settings.setValue(QStringLiteral("printer/type"), printer.type);
    settings.setValue(QStringLiteral("printer/path"), printer.path);
    settings.setValue(QStringLiteral("printer/host"), printer.host);
    settings.setValue(QStringLiteral("printer/port"), printer.port);
    settings.setValue(QStringLiteral("printer/columns"), printer.columns);
    settings.setValue(QStringLiteral("printer/status_poll_ms"), printer.statusPollMs);
    settings.setValue(QStringLiteral("printer/retry_ms"), printer.retryMs);
    settings.setValue(QStringLiteral("printer/drawer_alert_seconds"), printer.drawerAlertMs / 1000);
    writeSerial(settings, QStringLiteral("printer"), printer.serial);
    writeUsb(settings, QStringLiteral("printer"), printer.usb);

    const ScannerSettings &scanner = devices.scanner;
    settings.setValue(QStringLiteral("scanner/type"), scanner.type);
    settings.setValue(QStringLiteral("scanner/max_inter_key_ms"), scanner.maxInterKeyMs);
    settings.setValue(QStringLiteral("scanner/min_length"), scanner.minLength);
    settings.setValue(QStringLiteral("scanner/wedge_suffix"), scanner.wedgeSuffix);
    settings.setValue(QStringLiteral("scanner/serial_suffix"), scanner.serialSuffix);
    writeSerial(settings, QStringLiteral("scanner"), scanner.serial);
    writeUsb(settings, QStringLiteral("scanner"), scanner.usb);

    const FaceDeviceSettings &face = devices.face;
    settings.setValue(QStringLiteral("face/type"), face.type);
    settings.setValue(QStringLiteral("face/host"), face.host);
    settings.setValue(QStringLiteral("face/port"), face.port);
    settings.setValue(QStringLiteral("face/reply_timeout_ms"), face.replyTimeoutMs);
    settings.setValue(QStringLiteral("face/capture_timeout_ms"), face.captureTimeoutMs);
    writeSerial(settings, QStringLiteral("face"), face.serial);

    settings.setValue(QStringLiteral("customer_display/mode"), devices.display.mode);
    settings.setValue(QStringLiteral("customer_display/screen"), devices.display.screen);
    settings.setValue(QStringLiteral("customer_display/idle_after_paid_ms"),
                      devices.display.idleAfterPaidMs);
}

} // namespace pos::config
