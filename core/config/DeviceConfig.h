#pragma once

#include "common/Result.h"

#include <QString>

class QSettings;

namespace pos::config {

// How the terminal reaches each device ([printer], [scanner], [face], [customer_display]).
// Every type has a simulator so the demo and the tests run without hardware.

struct SerialPortSettings
{
    QString port;                                 // "/dev/ttyUSB0"
    int baud = 9600;                              // 1200 … 921600
    QString flowControl = QStringLiteral("none"); // none | hardware | software
};

struct UsbIdSettings
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString serial; // empty: the first matching device
};

struct PrinterSettings
{
    QString type = QStringLiteral("simulated"); // simulated | file | tcp | serial | usb | none
    QString path; // file: device node or file; simulated: output folder
    QString host;
    int port = 9100;
    int columns = 48; // 32 for 58 mm paper, 48 for 80 mm
    SerialPortSettings serial;
    UsbIdSettings usb;
    int statusPollMs = 2000;   // while a job waits for paper, cover or the printer to return
    int retryMs = 3000;        // after a failed write (unplugged, unreachable)
    int drawerAlertMs = 30000; // a drawer open longer than this is shown (drawer_alert_seconds)
};

struct ScannerSettings
{
    // The keyboard wedge is always watched (a wedge scanner needs no setting); `type` adds a
    // second source: none | serial | usb-hid | simulated.
    QString type = QStringLiteral("none");
    int maxInterKeyMs = 35;
    int minLength = 6;
    QString wedgeSuffix = QStringLiteral("enter"); // enter | tab
    SerialPortSettings serial;
    QString serialSuffix = QStringLiteral("cr"); // cr | lf | crlf
    UsbIdSettings usb;
};

struct FaceDeviceSettings
{
    QString type = QStringLiteral("auto"); // auto (simulated in demo, else none) | none |
                                           // simulated | tcp | serial
    QString host;
    int port = 0;
    SerialPortSettings serial;
    int replyTimeoutMs = 5000;
    int captureTimeoutMs = 90000;
};

struct CustomerDisplaySettings
{
    QString mode = QStringLiteral("auto"); // auto (a second screen if there is one) | on | off
    int screen = -1;                       // screen index; -1: the second screen
    int idleAfterPaidMs = 8000;
};

struct DeviceSettings
{
    PrinterSettings printer;
    ScannerSettings scanner;
    FaceDeviceSettings face;
    CustomerDisplaySettings display;
};

// Reads the device sections; present but invalid values are refused naming the key.
Status readDeviceSettings(const QSettings &settings, DeviceSettings *devices);
void writeDeviceSettings(QSettings &settings, const DeviceSettings &devices);

} // namespace pos::config
