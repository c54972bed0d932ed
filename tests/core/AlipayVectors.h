#pragma once

// Published Alipay (and one WeChat Pay) test vectors, transcribed by a script from
// /work/shared/reference/vectors/verify_all.py (see channel-research.md section 5, which names
// each vector's source). Signatures are base64 PKCS#1 v1.5 SHA-256; all were re-verified there
// with an independent implementation. Keys are in tests/data/core/vectors/.

#include <array>
#include <utility>

namespace pos::test::vectors {

using Field = std::pair<const char *, const char *>;

// A1: request signing with the yansongda sandbox app key (PKCS#1), exact signature.
inline const std::array<Field, 12> kA1Params{{
    {"app_id", "9021000122682882"},
    {"method", "alipay.trade.query"},
    {"format", "JSON"},
    {"return_url", "http://hk.ysdor.cn/index.php"},
    {"charset", "utf-8"},
    {"sign_type", "RSA2"},
    {"timestamp", "2023-12-21 06:54:37"},
    {"version", "1.0"},
    {"notify_url", "http://hk.ysdor.cn/index.php"},
    {"app_cert_sn", "e90dd23a37c5c7b616e003970817ff82"},
    {"alipay_root_cert_sn", "687b59193f3f462dd5336e5abf83c5d8_02941eef3187dddf3d3b83462e1dfcf6"},
    {"biz_content", "{\"out_trade_no\":\"1703141270\"}"},
}};

inline constexpr const char *kA1SignedString =
    "alipay_root_cert_sn=687b59193f3f462dd5336e5abf83c5d8_02941eef3187dddf3d3b83462e1dfcf6&app_"
    "cert_sn=e90dd23a37c5c7b616e003970817ff82&app_id=9021000122682882&biz_content={\"out_trade_"
    "no\":\"1703141270\"}&charset=utf-8&format=JSON&method=alipay.trade.query&notify_url=http://"
    "hk.ysdor.cn/index.php&return_url=http://hk.ysdor.cn/"
    "index.php&sign_type=RSA2&timestamp=2023-12-21 06:54:37&version=1.0";
inline constexpr const char *kA1Signature =
    "FrzUwXziVWK2x5glZkGoQ6dGR87O33APv3D/"
    "lWjVqPrFnMwcYjOYyln1B1bw5VuOwokLRmqcwWuTumBg8Q+n4FkVR3DMCvL8ywTBp5+6pRAETfhFop4m+r6jI+"
    "dgOavwyoZ69CWCzCcEyb0vMjgrV2eoSI4bgLjJyPcGpZ+"
    "iDBTSvE6eVxs05bUjainAOB5NnAvME06nkaxGLB4qwF9c3SQoiZt7QcMRdyy6mRItZxRaEjMm6qX8dfPuuquJC4wpTRk8P"
    "Qeu5EMR4yyc1atxso3CMovjkGr5LzDtqLNseyqqorYW+Gfu3ugHSs9aqkwAAysg79O6TsvuFa9OHq64Tg==";

struct SignedResponse
{
    const char *method;  // the API method whose "<method>_response" node holds the content
    const char *content; // the exact bytes Alipay signed
    const char *signature;
};

// A2a-A2f: responses signed by the Alipay sandbox, verified with yansongda_alipay_public_key.pem.
inline const std::array<SignedResponse, 6> kA2Responses{{
    {"alipay.trade.query",
     "{\"code\":\"10000\",\"msg\":\"Success\",\"buyer_logon_id\":\"ifv***@sandbox.com\",\"buyer_"
     "pay_amount\":\"0.00\",\"buyer_user_id\":\"2088722003899169\",\"buyer_user_type\":\"PRIVATE\","
     "\"invoice_amount\":\"0.00\",\"out_trade_no\":\"1703141270\",\"point_amount\":\"0.00\","
     "\"receipt_amount\":\"0.00\",\"send_pay_date\":\"2023-12-21 "
     "14:48:36\",\"total_amount\":\"0.01\",\"trade_no\":\"2023122122001499160501586202\",\"trade_"
     "status\":\"TRADE_SUCCESS\"}",
     "WBz5iEFVhP99SRqHAaUi6KD+6u4xUxOgLAJ989gxByd79pa9bhHfQ0EFO/"
     "78YU3TuoqNvUBbHZ7LPxP+OPQFTUtHa5JF2pz+EfgBkYOnBPW+YGz6arGqmAPBy9I+"
     "ltJxKNKq4G7ehPG0gbtQQcVqqIR9vDylitmlGIIe+YKfNbEi+vPNkQ3HXLsu3lXKGqB21XSYb/"
     "NdxneALsVOowVqgU2SSR/+5TcUzCuW5VA/LWKnpXZEDdE1HTgUFqvqrYtLoVfmXO41oKZdrR3t4/"
     "rbV64YlWR4vPSuELuC4gLdXdd63PaOmdIo/5TxI26379ZC8IfhcBiS/KO3PYm1dbgpIg=="},
    {"alipay.trade.precreate",
     "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"1704093802\",\"qr_code\":\"https:"
     "\\/\\/qr.alipay.com\\/bax07651xvtprxfkmxyf00a9\"}",
     "Mz0jF7DeQ6ogyle/"
     "5P6cxqbezmR9RNkuJFNIiH4bPrcHjwnaNsb3Ad5PAFc7xERDHOvfdWkNzx8++Ov+"
     "cAhfqIcKWNLyL7UFiRIeL1LoLku2K0rcAXeuxm9KKjYaEl3lr0JFQE/"
     "zUElfDcQn3s9ujNFkkMNOcPgQwbSPlEXja0a4syG76FnTknsITHONIbCCsIWnHMuf95cq8zkgjMUOlfVOL8l4Iv0n9n2r"
     "9H1OJKv+2GmDp6ntc9xAhrIlO+f5urp1N+LzO9lDx5r1HIjqlSiemNZAdQveQjRuOtx/"
     "FM4KhFvn3312Xv7XuKW9iqNnBSwXOEAuUXghXcqD8xl05g=="},
    {"alipay.trade.refund",
     "{\"code\":\"10000\",\"msg\":\"Success\",\"buyer_logon_id\":\"ifv***@sandbox.com\",\"buyer_"
     "user_id\":\"2088722003899169\",\"fund_change\":\"Y\",\"gmt_refund_pay\":\"2023-12-22 "
     "14:19:12\",\"out_trade_no\":\"1703141270\",\"refund_fee\":\"0.01\",\"send_back_fee\":\"0."
     "00\",\"trade_no\":\"2023122122001499160501586202\"}",
     "LPvOTnBZH6ZnPSbHDnJrsmc3v6M6HFHZt2kVDC0gP1oIqOL3nThcOqth4Cn8PfdXOOpN57IrU6J3XmaI2hvratXLdmdbi"
     "iyNccsyXKB5KQOw9jR72tC0r0AT5VXw3BQJ+Jgnaapd6Ud7rkmWTLADv4PQh1pvJSMWto+Auc1CL+"
     "Oq3ERDhfMRqLUsrDUr/ogQAwkIFe8AHL7bGlrgLH7IpKEVrf436NHgBYMCHFI/4Gzi1dJyFXrNyD7x5FnN9qIMNhMeMq/"
     "fH2iCe8JTGUIdTk7S4+L0rSr+6ZAbj6JO7rumemAnkfS3h11AxaLHNLnxNwPVaYHlw9HiJErHeC/Z0w=="},
    {"alipay.trade.close",
     "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"1703226647\",\"trade_no\":"
     "\"2023122222001499160501602106\"}",
     "BFKYag0TR6czgQ8MmRKZF9h+S0Vh+W+"
     "44zQA8BVzPca3hRirhETZEkuVQwBLyWwIXHnXDEulGoYpBouL2gMXB7wVW05XvCQ/"
     "6A2NTHybtoetF7MFKuyhdvj2+5kDq3hY4gOeIXBvBLSvikXr6pP0w5kKMG59z7cMITsDR+q2sEGKxO9wKTLaKmShaih6+"
     "W/hX7VwN+z5ZI90o6M5EFZeVifYLGCfbS0vi0ZOL3n2shglCKzKmxxND/RrS8f/cE51s++/"
     "A6bJDuP2aZj9ZE+tPbESGNtOxOdf1G99CFq6Kjcg1PR71MN8PXDbIIRsegenngDQz9rl2EBpgzvtGrFW2Q=="},
    {"alipay.trade.fastpay.refund.query",
     "{\"code\":\"10000\",\"msg\":\"Success\",\"out_request_no\":\"1703141270\",\"out_trade_no\":"
     "\"1703141270\",\"refund_amount\":\"0.01\",\"refund_status\":\"REFUND_SUCCESS\",\"total_"
     "amount\":\"0.01\",\"trade_no\":\"2023122122001499160501586202\"}",
     "fifFt09uvYUz5SEC24ZrJZOV8am4ZLTjMmDn2WTEZ5hcxmf8ZpBwls8YFFUeJjCCy9CEnG5xMVKZemg23D/"
     "OBlqQVNxmGRYvV5f/hSeUVUoaTbsGodBkSeuKL9rxfjU0srSNolICxwsNZ7l3ZzRLATrQCpn/"
     "ObIen1M2x7aVeGHjpyDpYd4oMm7jVnsWQlR+03Atcvj2EbkjcuK7pf0pWV7R75SO2/"
     "sKCr+8h7SRoBZeQKa7pyGe70u9vxtVRidZ6EMMLRWpQ0MEt+40FKCUUKE/"
     "ATEvg9gkAO3J8xUN6HwCchz+1RAa5HGLBgQ15lTDw4PdfL+6fJkdgxhIvulNsw=="},
    {"alipay.fund.trans.common.query",
     "{\"code\":\"10000\",\"msg\":\"Success\",\"order_id\":\"20231220110070000002150000657610\","
     "\"out_biz_no\":\"2023122022560000\",\"pay_date\":\"2023-12-20 "
     "22:56:33\",\"pay_fund_order_id\":\"20231220110070001502150000660902\",\"status\":\"SUCCESS\","
     "\"trans_amount\":\"0.01\"}",
     "eITxP5fZiJPB2+vZb90IRkv2iARxeNx/"
     "6Omxk7FStqflhG5lMoCvGjo2FZ6Szo1bGBMBReazZuqLaqsgomWAUO9onMVurB3enLbRvwUlpE7XEZaxk/"
     "sJYjgc2Y7pIAenvnLL9PEAiXmvUvuinUlvS9J2r1XysC0p/2wu7kEJ/"
     "GgZpFDIIYY9mdM6U1rGbi+RvirQXtQHmaEuuJWLA75NR1bvfG3L8znzW9xz1kOQqOWsQmD/"
     "bF1CDWbozNLwLCUmClRJz0Fj4mUYRF0zbW2VP8ZgHu1YvVKJ2+dWC9b+0o94URk7psIpc5NjiOM9Jsn6aoC2CfrJ/"
     "sqFMRCkYWzw6A=="},
}};
inline constexpr std::size_t kA2PrecreateIndex = 1; // the one with "https:\\/\\/" in qr_code

// A3: trade notification signed by the Alipay sandbox (sign and sign_type not signed).
inline const std::array<Field, 22> kA3Notify{{
    {"gmt_create", "2023-12-21 16:26:32"},
    {"charset", "utf-8"},
    {"gmt_payment", "2023-12-21 16:26:43"},
    {"notify_time", "2023-12-21 16:26:45"},
    {"subject", "yansongda+测试 - 1"},
    {"buyer_id", "2088722003899169"},
    {"invoice_amount", "0.01"},
    {"version", "1.0"},
    {"notify_id", "2023122101222162644199160501632046"},
    {"fund_bill_list", "[{\"amount\":\"0.01\",\"fundChannel\":\"ALIPAYACCOUNT\"}]"},
    {"notify_type", "trade_status_sync"},
    {"out_trade_no", "1703147160"},
    {"total_amount", "0.01"},
    {"trade_status", "TRADE_SUCCESS"},
    {"trade_no", "2023122122001499160501589436"},
    {"auth_app_id", "9021000122682882"},
    {"receipt_amount", "0.01"},
    {"point_amount", "0.00"},
    {"app_id", "9021000122682882"},
    {"buyer_pay_amount", "0.01"},
    {"sign_type", "RSA2"},
    {"seller_id", "2088721003899159"},
}};

inline constexpr const char *kA3Signature =
    "Rs7SszD15WqbdJsGZPN+HpCBcQzBCkJx0ccNeg1rpUxyTVA1ps2vJ4sLhaa7O+"
    "lliTj6N1MSGqc8cK6JSs7nPg731RAOfneirtrqrlW2u0m15kWAKrVjgPGLUMtK/eT15e/6NcxsWra/"
    "bsZaan+nFDzO8xceOwy96W+qVUtTPfBRBp9Zjryi5oIONOifGMALD284YbNC3qq2eyqVysF+zgk+/MtuHk2Eh/"
    "fL7UbClHQXQ2hD686Dt8bR949TNMbkWCYXstmjVBO55qF8xhaoF/b5zAe5/O/13g/QlwDXBcF3XwJpbFWrBehoFFCnJhR/"
    "xXZ0E+D2Vsw1oAQ3l+R2dQ==";

// A4: return_url callback signed by the Alipay sandbox.
inline const std::array<Field, 10> kA4Return{{
    {"charset", "utf-8"},
    {"out_trade_no", "1703141270"},
    {"method", "alipay.trade.page.pay.return"},
    {"total_amount", "0.01"},
    {"trade_no", "2023122122001499160501586202"},
    {"auth_app_id", "9021000122682882"},
    {"version", "1.0"},
    {"app_id", "9021000122682882"},
    {"seller_id", "2088721003899159"},
    {"timestamp", "2023-12-21 14:48:44"},
}};

inline constexpr const char *kA4Signature =
    "RJzbs5y7I41BO9UPnCdq7oWgoInyjELi9Qj6D+"
    "LAZXVpHTedemAHfVUowuF9iuznGZLxU6Xv1L3ZkzTGxmIfvzontCZNb0+"
    "RROqiT41lX91VYd6j4ZcOn8zsvlCdQSVHmYNJi+w/"
    "40uHxo1ufRwHxBNtQKsoJCYk5VtZ92pQFvVyE5wPPT6Nolww5WlCAPxcWNby8VAiWT+"
    "d2yxmFm8vZ6yj5rsLHTR72O76TkEXzOEex6e36Zf8M9YXww7RQbflMfk9eURPHW/oQq4hZr/lX7/"
    "O1nT5vdT4UVFai4V18Xm1KspBun8outJxqlWMIKVxGsYhIH1E79ORt4wQA7PG1g==";

// A5: production trade notification, key alipay-sdk-nodejs_notify_public_key_v1.pem.
inline const std::array<Field, 24> kA5Notify{{
    {"gmt_create", "2019-08-15 15:56:22"},
    {"charset", "utf-8"},
    {"seller_email", "z97-yuquerevenue@service.aliyun.com"},
    {"subject", "语雀空间 500人规模"},
    {"buyer_id", "2088102534368455"},
    {"invoice_amount", "0.10"},
    {"notify_id", "2019081500222155624068450559358070"},
    {"fund_bill_list", "[{\"amount\":\"0.10\",\"fundChannel\":\"ALIPAYACCOUNT\"}]"},
    {"notify_type", "trade_status_sync"},
    {"trade_status", "TRADE_SUCCESS"},
    {"receipt_amount", "0.10"},
    {"buyer_pay_amount", "0.10"},
    {"sign_type", "RSA2"},
    {"app_id", "2019073166072302"},
    {"seller_id", "2088531891668739"},
    {"gmt_payment", "2019-08-15 15:56:24"},
    {"notify_time", "2019-08-15 15:56:25"},
    {"version", "1.0"},
    {"out_trade_no", "20190815155618536-564-57"},
    {"total_amount", "0.10"},
    {"trade_no", "2019081522001468450512505578"},
    {"auth_app_id", "2019073166072302"},
    {"buyer_logon_id", "xud***@126.com"},
    {"point_amount", "0.00"},
}};

inline constexpr const char *kA5Signature =
    "QfTb8tqE1BMhS5qAnXtvsF3/jBkEvu9q9en0pdbBUDDjvKycZhQb7h8GDs4FKfi049PynaNuatxSgLb/"
    "nLWZpXyyh0LEWdK2S6Ri7nPwrVgOs08zugLO20vOQz44y3ti2Ncm8/wZts1Fr2gZ7pShnVX3d1B50hbsXnObT1r/"
    "U8ONNQjWXd0HIul4TG+Q3fm3svmSvFEy0WnzuhcyHPX5Gm4ELNctL6Qd5YniGJFNcc7kopHYtI/"
    "XD9YCKCH6Ct02rzUs9i11C9CsadtZn+WhxF26Dqt9sGEFajkJ8cxUTLi8+VCpLHsgPE8P0y095uQcDdK0YjCh4x7wVSov+"
    "lrmOQ==";

// A6: open-platform notification signed WITH sign_type, key ..._notify_public_key_v2.pem.
inline const std::array<Field, 20> kA6Notify{{
    {"app_id", "2017122801303261"},
    {"charset", "UTF-8"},
    {"commodity_order_id", "2019030800000018079639"},
    {"contactor", "技术支持测试的公司"},
    {"merchant_pid", "2088721996721370"},
    {"method", "alipay.open.servicemarket.order.notify"},
    {"name", "技术支持测试的公司"},
    {"notify_id", "2019030800222102023008121054923345"},
    {"notify_time", "2019-03-08 10:20:23"},
    {"notify_type", "servicemarket_order_notify"},
    {"order_item_num", "1"},
    {"order_ticket", "29b1c37d99ab48c5bd5bdaeaeaefbB37"},
    {"order_time", "2019-03-08 10:20:08"},
    {"phone", "17826894615"},
    {"service_code", "58621634"},
    {"sign_type", "RSA2"},
    {"timestamp", "2019-03-08 10:20:23"},
    {"title", "麦禾商城模版"},
    {"total_price", "0.00"},
    {"version", "1.0"},
}};

inline constexpr const char *kA6Signature =
    "MsK5SCw8oqLw4f0hiNSd5OVGXxBY3wnQeT8vn5PklJSZFWSZbK4hQbNvkp4ZezeXQH514cEv0ul6Qow8yh6e6yM06LfEL+"
    "EZjcpZ0nxzFGRNQ5qq2AUc1OaXQdk92AGvxh+Iq4NGpPQFBd4D8EBJa3NJd8+czMfQskceosOQFqUtLQMYa5DPs+"
    "VpN7VM5BdXjaVIuKn5d9Wm2B9dI9ObIM+YRySDkZZPv14DVmUvcrcqJfOR8aHvtSd7B4l92wUQPQgQKNcOQho7xOHS/"
    "Bk+Y74AZL2y7TkNmdDoq9OGsThuF5tDW9rI9nVwXxOtsuB+bstra+W7aw9x9DvkKgdSRw==";

// A7: a raw gateway body as received, key alipay-sdk-nodejs_alipay_public_key.pem.
inline constexpr const char *kA7Body =
    "{\"alipay_open_file_upload_response\":{\"code\":\"10000\",\"msg\":\"Success\",\"file_id\":"
    "\"CAxAToWB1JsAAAAAAAAAAAAADgSLAQBr\"},\"sign\":\"F+"
    "LDzpTNiavn7xVZPGuPCSSVRSmWzJGgtuji6tVELGEaqMaNj0jRKXUEr5nloZJBBmwEnddOyCjjepMmrTKTvoOqQ0Efxpr/"
    "R1iEeHTHVbb/"
    "Q8TTh6Up5gHJDkILdaWS2q1cWeQ6VT+HQY9P3WRXS7uhILHuDODIhpAyCu5KhWGt0rMCIG+"
    "Im6NODJP2oohtSCtmTFXg58HH587Z2y2bdbjzOxLvzD9IrU1imghXQ2S/"
    "Q+wMIvRk9on6cWnBLkrNvJKapA2ReNGWOwyuASvB9zDVzhMPbR+"
    "3mfRGkVDxsq5HYLjBKGskJMXHw0HuugZij6ScRuaLPODhmHwr/pJ9yw==\"}";
inline constexpr const char *kA7Content =
    "{\"code\":\"10000\",\"msg\":\"Success\",\"file_id\":\"CAxAToWB1JsAAAAAAAAAAAAADgSLAQBr\"}";

// V3a/V3b: wechatpay-go signs "source" with its PKCS#8 test key; its X.509 certificate
// F5765756002FDD77 holds the same public key.
inline constexpr const char *kWechatGoSourceSignature =
    "BKyAfU4iMCuvXMXS0Wzam3V/"
    "cnxZ+JaqigPM5OhljS2iOT95OO6Fsuml2JkFANJU9K6q9bLlDhPXuoVz+pp4hAm6pHU4ld815U4jsKu1RkyaII+"
    "1CYBUYC8TK0XtJ8FwUXXz8vZHh58rrAVN1XwNyvD1vfpxrMT4SL536GLwvpUHlCqIMzoZUguLli/"
    "K8V29QiOhuH6IEqLNJn8e9b3nwNcQ7be3CzYGpDAKBfDGPCqCv8Rw5zndhlffk2FEA70G4hvMwe51qMN/"
    "RAJbknXG23bSlObuTCN7Ndj1aJGH6/L+hdwfLpUtJm4QYVazzW7DFD27EpSQEqA8bX9+8m1rLg==";

} // namespace pos::test::vectors
