#include "unionpay/UnionPayModule.h"

#include "channels/unionpay/UnionPayDemoFiles.h"
#include "channels/unionpay/UnionPayForm.h"
#include "channels/unionpay/UnionPaySigner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSimUnionPay, "pos.sim.unionpay")

namespace pos::sim {

namespace unionpay {

namespace {

namespace files = channels::unionpay::demofiles;
namespace signer = channels::unionpay::signer;
namespace form = channels::unionpay::form;

// UnionPay's retry schedule for back notifications: 1, 2, 4 and 5 minutes after a failed try.
const QList<int> kRetryDelaysMs = {60000, 120000, 240000, 300000};

Result<QByteArray> readFile(const QDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QByteArray>::failure(QStringLiteral("unionpay.files"),
                                           QStringLiteral("cannot read %1").arg(file.fileName()));
    }
    return file.readAll();
}

QHttpServerResponse plain(const QByteArray &text, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain;charset=utf-8"), text, status);
}

} // namespace

UnionPayModule::UnionPayModule(QString merId, int userPayingSeconds, double delayScale)
    : m_merId(std::move(merId)), m_delayScale(delayScale),
      m_bank(std::make_unique<UnionPayBank>(m_ledger, m_merId, userPayingSeconds))
{
}

UnionPayModule::~UnionPayModule() = default;

Result<std::unique_ptr<UnionPayModule>> UnionPayModule::create(QHttpServer &server,
                                                               const SimOptions &options)
{
    using Made = Result<std::unique_ptr<UnionPayModule>>;
    const QString merId =
        options.settings.value(QStringLiteral("unionpay.mer_id"), files::kDefaultMerId);
    bool scaleOk = false;
    const double scale =
        options.settings.value(QStringLiteral("notify.delay-scale"), QStringLiteral("1"))
            .toDouble(&scaleOk);
    if (!scaleOk || scale <= 0) {
        return Made::failure(QStringLiteral("usage.setting"),
                             QStringLiteral("notify.delay-scale must be a positive number"));
    }
    const QDir dir(QDir(options.dataDir).filePath(QStringLiteral("unionpay")));
    if (auto made = files::ensureFolder(dir.path()); !made) {
        return made.error();
    }
    std::unique_ptr<UnionPayModule> module(
        new UnionPayModule(merId, options.userPayingSeconds, scale));
    auto keyPem = readFile(dir, files::kUnionPaySignKey);
    auto certPem = readFile(dir, files::kUnionPaySignCert);
    auto merchantPem = readFile(dir, files::kMerchantSignCert);
    for (const auto *read : {&keyPem, &certPem, &merchantPem}) {
        if (!*read) {
            return read->error();
        }
    }
    auto key = security::RsaKey::fromPem(keyPem.value());
    auto merchant = channels::unionpay::X509Certificate::fromPem(merchantPem.value());
    if (!key) {
        return key.error();
    }
    if (!merchant) {
        return merchant.error();
    }
    auto merchantPublic = merchant->publicKey();
    if (!merchantPublic) {
        return merchantPublic.error();
    }
    module->m_unionPayKey = key.value();
    QByteArray crlf = certPem.value();
    crlf.replace("\r\n", "\n").replace("\n", "\r\n");
    module->m_unionPayCertPem = QString::fromLatin1(crlf).trimmed();
    module->m_merchantCert = merchant.value();
    module->m_merchantPublic = merchantPublic.value();
    if (auto opened = module->m_ledger.open(dir.filePath(QStringLiteral("ledger.sqlite")));
        !opened) {
        return opened.error();
    }
    module->addRoutes(server);
    // Transactions that fell due while the sandbox was down.
    QTimer::singleShot(0, &module->m_sender, [raw = module.get()] { raw->settleNow(); });
    return module;
}

void UnionPayModule::addRoutes(QHttpServer &server)
{
    for (const char *path : {"/gateway/api/backTransReq.do", "/gateway/api/queryTrans.do",
                             "/gateway/api/fileTransfer.do"}) {
        const QString route = QLatin1String(path);
        server.route(route, QHttpServerRequest::Method::Post,
                     [this, route](const QHttpServerRequest &request) {
                         return handle(route, request.body());
                     });
    }
    server.route(QStringLiteral("/admin/unionpay/ledger"), QHttpServerRequest::Method::Get,
                 [this]() {
                     auto report = m_ledger.report();
                     if (!report) {
                         return plain(report.error().message.toUtf8(),
                                      QHttpServerResponse::StatusCode::InternalServerError);
                     }
                     return QHttpServerResponse(
                         QByteArrayLiteral("application/json;charset=utf-8"),
                         QJsonDocument(report.value()).toJson(QJsonDocument::Compact));
                 });
}

std::optional<BankAnswer> UnionPayModule::refusal(const Fields &request) const
{
    auto refuse = [&request, this](const char *code, const QString &message) {
        BankAnswer out;
        for (const char *echo :
             {"bizType", "txnType", "txnSubType", "accessType", "orderId", "txnTime"}) {
            if (!request.value(QLatin1String(echo)).isEmpty()) {
                out.fields.insert(QLatin1String(echo), request.value(QLatin1String(echo)));
            }
        }
        out.fields.insert(QStringLiteral("merId"), m_merId);
        out.fields.insert(QStringLiteral("respCode"), QLatin1String(code));
        out.fields.insert(QStringLiteral("respMsg"), message);
        return std::optional<BankAnswer>(out);
    };
    if (request.value(QStringLiteral("version")) != QLatin1String("5.1.0")) {
        return refuse("10", QStringLiteral("报文格式错误[version: the sandbox speaks 5.1.0]"));
    }
    if (request.value(QStringLiteral("signMethod")) != QLatin1String("01")) {
        return refuse("10", QStringLiteral("报文格式错误[signMethod: only 01]"));
    }
    if (request.value(QStringLiteral("encoding"))
            .compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
        return refuse("10", QStringLiteral("报文格式错误[encoding: only UTF-8]"));
    }
    if (request.value(QStringLiteral("certId")) != m_merchantCert.serialDecimal() ||
        !signer::verifyWith(request, m_merchantPublic)) {
        return refuse("11", QStringLiteral("验证签名失败"));
    }
    if (request.value(QStringLiteral("merId")) != m_merId) {
        return refuse("30", QStringLiteral("交易未通过[商户号不存在]"));
    }
    if (request.value(QStringLiteral("bizType")) != QLatin1String("000000") ||
        request.value(QStringLiteral("accessType")) != QLatin1String("0")) {
        return refuse("10", QStringLiteral("报文格式错误[bizType 000000, accessType 0]"));
    }
    return std::nullopt;
}

QByteArray UnionPayModule::signedBody(Fields fields, bool forge) const
{
    fields.insert(QStringLiteral("version"), QStringLiteral("5.1.0"));
    fields.insert(QStringLiteral("encoding"), QStringLiteral("UTF-8"));
    fields.insert(QStringLiteral("signMethod"), QStringLiteral("01"));
    fields.insert(QStringLiteral("signPubKeyCert"), m_unionPayCertPem);
    Fields signedFields = fields;
    if (forge) {
        // A valid signature over different content: the amount the signer saw is not the one sent.
        signedFields.insert(QStringLiteral("txnAmt"),
                            fields.value(QStringLiteral("txnAmt")) + QStringLiteral("0"));
    }
    auto signature = signer::sign(signedFields, m_unionPayKey);
    if (!signature) {
        qCCritical(lcSimUnionPay) << "cannot sign:" << signature.error().message;
        return {};
    }
    fields.insert(QStringLiteral("signature"), signature.value());
    return form::writeResponse(fields);
}

QHttpServerResponse UnionPayModule::handle(const QString &path, const QByteArray &body)
{
    if (body.size() > kMaxBodyBytes) {
        return plain(QByteArrayLiteral("request body larger than 64 KiB"),
                     QHttpServerResponse::StatusCode::PayloadTooLarge);
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    auto decoded = form::decode(body);
    const Fields request = decoded ? decoded.value() : Fields();
    auto requestId = m_ledger.logRequest(path, request.value(QStringLiteral("txnType")),
                                         request.value(QStringLiteral("orderId")), nowMs);
    if (!requestId) {
        qCCritical(lcSimUnionPay) << "ledger:" << requestId.error().message;
        return plain(QByteArrayLiteral("ledger write failed"),
                     QHttpServerResponse::StatusCode::InternalServerError);
    }
    settleNow();
    Result<BankAnswer> answer = BankAnswer{};
    if (!decoded) {
        BankAnswer out;
        out.fields.insert(QStringLiteral("merId"), m_merId);
        out.fields.insert(QStringLiteral("respCode"), QStringLiteral("10"));
        out.fields.insert(QStringLiteral("respMsg"), decoded.error().message);
        answer = out;
    } else if (auto refused = refusal(request)) {
        answer = *refused;
    } else {
        const QString txnType = request.value(QStringLiteral("txnType"));
        if (path.endsWith(QLatin1String("queryTrans.do"))) {
            answer = txnType == QLatin1String("00") ? m_bank->query(request, nowMs)
                                                    : Result<BankAnswer>(*refusal(Fields()));
        } else if (path.endsWith(QLatin1String("fileTransfer.do"))) {
            answer = m_bank->fileTransfer(request, nowMs);
        } else {
            answer = m_bank->backTrans(request, nowMs);
        }
    }
    if (!answer) {
        qCCritical(lcSimUnionPay) << "request" << *requestId << "failed:" << answer.error().message;
        BankAnswer out;
        out.fields.insert(QStringLiteral("merId"), m_merId);
        out.fields.insert(QStringLiteral("orderId"), request.value(QStringLiteral("orderId")));
        out.fields.insert(QStringLiteral("respCode"), QStringLiteral("06"));
        out.fields.insert(QStringLiteral("respMsg"), QStringLiteral("系统繁忙"));
        answer = out;
    }
    const QString respCode = answer->fields.value(QStringLiteral("respCode"));
    if (auto logged = m_ledger.logOutcome(*requestId, respCode); !logged) {
        qCCritical(lcSimUnionPay) << "ledger:" << logged.error().message;
        return plain(QByteArrayLiteral("ledger write failed"),
                     QHttpServerResponse::StatusCode::InternalServerError);
    }
    const QByteArray reply = signedBody(answer->fields, answer->forgeSignature);
    if (reply.isEmpty()) {
        return plain(QByteArrayLiteral("cannot sign"),
                     QHttpServerResponse::StatusCode::InternalServerError);
    }
    qCInfo(lcSimUnionPay).noquote() << path << request.value(QStringLiteral("txnType"))
                                    << request.value(QStringLiteral("orderId")) << respCode;
    if (answer->nextDueAtMs) {
        settleLater(*answer->nextDueAtMs);
    }
    notify(answer->succeeded);
    return QHttpServerResponse(QByteArrayLiteral("text/plain;charset=UTF-8"), reply);
}

void UnionPayModule::settleLater(qint64 dueAtMs)
{
    const qint64 delay = qMax<qint64>(0, dueAtMs - QDateTime::currentMSecsSinceEpoch()) + 5;
    QTimer::singleShot(std::chrono::milliseconds(delay), &m_sender, [this] { settleNow(); });
}

void UnionPayModule::settleNow()
{
    auto settled = m_bank->settleDue(QDateTime::currentMSecsSinceEpoch());
    if (!settled) {
        qCCritical(lcSimUnionPay) << "settling:" << settled.error().message;
        return;
    }
    notify(settled.value());
}

void UnionPayModule::notify(const QList<UnionPayTxn> &txns)
{
    for (const UnionPayTxn &txn : txns) {
        const QUrl url(txn.backUrl);
        if (txn.backUrl.isEmpty() || !url.isValid() ||
            (txn.txnType != QLatin1String("01") && txn.txnType != QLatin1String("04"))) {
            continue;
        }
        Fields fields{
            {QStringLiteral("accessType"), QStringLiteral("0")},
            {QStringLiteral("bizType"), QStringLiteral("000000")},
            {QStringLiteral("currencyCode"), QStringLiteral("156")},
            {QStringLiteral("merId"), m_merId},
            {QStringLiteral("orderId"), txn.orderId},
            {QStringLiteral("queryId"), txn.queryId},
            {QStringLiteral("respCode"), QStringLiteral("00")},
            {QStringLiteral("respMsg"), QStringLiteral("成功[0000000]")},
            {QStringLiteral("settleAmt"), QString::number(txn.amountFen)},
            {QStringLiteral("settleCurrencyCode"), QStringLiteral("156")},
            {QStringLiteral("settleDate"), txn.settleDate},
            {QStringLiteral("traceNo"), txn.queryId.right(6)},
            {QStringLiteral("traceTime"), txn.txnTime.right(10)},
            {QStringLiteral("txnAmt"), QString::number(txn.amountFen)},
            {QStringLiteral("txnSubType"), txn.txnSubType},
            {QStringLiteral("txnTime"), txn.txnTime},
            {QStringLiteral("txnType"), txn.txnType},
            {QStringLiteral("origQryId"), txn.origQueryId},
        };
        if (txn.origQueryId.isEmpty()) {
            fields.remove(QStringLiteral("origQryId"));
        }
        const QByteArray raw = signedBody(fields, false);
        auto parsed = form::parseResponse(raw);
        if (raw.isEmpty() || !parsed) {
            continue;
        }
        NotificationSender::Delivery delivery;
        delivery.id = QStringLiteral("unionpay:") + txn.orderId;
        delivery.url = url;
        delivery.body = form::encode(parsed.value()); // back notifications are urlencoded forms
        delivery.contentType = QByteArrayLiteral("application/x-www-form-urlencoded;charset=UTF-8");
        delivery.isAcknowledged = [](int status, const QByteArray &) { return status == 200; };
        delivery.retryDelaysMs = NotificationSender::scaled(kRetryDelaysMs, m_delayScale);
        qCInfo(lcSimUnionPay) << "notifying" << txn.orderId << "to" << url.toString();
        m_sender.send(delivery);
    }
}

} // namespace unionpay

Result<SimModulePtr> makeUnionPayModule(QHttpServer &server, const SimOptions &options)
{
    auto module = unionpay::UnionPayModule::create(server, options);
    if (!module) {
        return module.error();
    }
    return SimModulePtr(std::move(module.value()));
}

} // namespace pos::sim
