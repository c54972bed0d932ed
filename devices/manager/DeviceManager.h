#pragma once

#include "common/Result.h"
#include "config/DeviceConfig.h"
#include "manager/DeviceHealth.h"

#include <QList>
#include <QObject>

#include <memory>

namespace pos::storage {
class Database;
}
namespace pos::payments {
class FaceCaptureDevice;
}

namespace pos::devices {

class ImageScanner;
class KeyboardWedgeFilter;
class PrintSpooler;
class ScannerHub;
class ScannerSource;
class UsbBackend;
class UsbDeviceMonitor;

// The terminal's devices built from the [printer], [scanner], [face] and [customer_display]
// settings: the print spooler over the configured transport, every scanner behind one hub
// (keyboard wedge always, plus a serial or USB HID scanner), the face-pay device, and the
// health of each for the status bar and the settings screen. Simulators stand in when the
// settings say so or, in demo mode, by default.
class DeviceManager : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;    // simulated printer output goes to <dataDir>/receipts
        bool demo = false;  // face type "auto" → simulated device
        QString shopName;   // printed on the test page
        QString terminalId; // printed on the test page
    };

    DeviceManager(const config::DeviceSettings &settings, storage::Database &database,
                  Options options, QObject *parent = nullptr);
    ~DeviceManager() override;

    // Builds every configured device and resumes the print queue left by an earlier run.
    // A device that cannot be opened now is not an error (it shows in health and is retried);
    // an error here means the settings cannot work at all (no USB support for a USB printer).
    Status start();

    PrintSpooler &printer() const { return *m_spooler; }
    ScannerHub &scanners() const { return *m_hub; }
    KeyboardWedgeFilter &wedge() const { return *m_wedge; }
    // Codes read from pictures or camera frames handed in (QR, Code 128, EAN-13).
    ImageScanner &images() const { return *m_images; }
    // Null when the terminal has no face-pay device.
    payments::FaceCaptureDevice *faceDevice() const { return m_face; }
    const config::DeviceSettings &settings() const { return m_settings; }

    QList<DeviceHealth> health() const;
    // The USB devices plugged in now, kept current by hotplug; null when this machine has no
    // USB access (usbError() says why).
    UsbDeviceMonitor *usbDevices() const { return m_usbMonitor; }
    QString usbError() const { return m_usbError; }
    // The customer display lives in the UI; it reports its own health here.
    void setCustomerDisplayHealth(const DeviceHealth &health);

    // A test page (shop, terminal, time, columns ruler, Chinese text, QR and barcode, cut).
    Result<qint64> testPrint();
    // Logged (who, when, which sale or "no sale", why) before the pulse is queued.
    Result<qint64> openDrawer(qint64 cashierId, const QString &orderId, const QString &reason);

signals:
    void healthChanged();

private:
    Status startPrinter();
    Status startScanners();
    Status startFaceDevice();
    Result<UsbBackend *> usb();
    DeviceHealth printerHealth() const;
    DeviceHealth drawerHealth() const;
    QList<DeviceHealth> scannerHealth() const;
    DeviceHealth faceHealth() const;

    config::DeviceSettings m_settings;
    storage::Database &m_database;
    Options m_options;
    PrintSpooler *m_spooler = nullptr;
    ScannerHub *m_hub = nullptr;
    KeyboardWedgeFilter *m_wedge = nullptr;
    ImageScanner *m_images = nullptr;
    ScannerSource *m_extraScanner = nullptr;
    QObject *m_faceObject = nullptr; // owns the face device (a QObject) when there is one
    payments::FaceCaptureDevice *m_face = nullptr;
    QString m_faceError;
    QString m_faceDescription;
    std::unique_ptr<UsbBackend> m_usb;
    UsbDeviceMonitor *m_usbMonitor = nullptr;
    QString m_usbError;
    QString m_printerWaiting;           // why the current job cannot print, empty when it can
    qint64 m_drawerLeftOpenSinceMs = 0; // > 0 while a drawer stays open past the alert time
    DeviceHealth m_display;
};

} // namespace pos::devices
