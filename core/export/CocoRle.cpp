#include "core/export/CocoRle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace ns::exporting {

namespace {

constexpr int kMaxSide = 1 << 15;

std::optional<cv::Mat> refuse(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

std::optional<std::vector<long long>> decodeCocoCounts(const QByteArray& packed)
{
    std::vector<long long> runs;
    int p = 0;
    while (p < packed.size()) {
        long long x = 0;
        int k = 0;
        bool more = true;
        while (more) {
            if (p >= packed.size() || k > 12)
                return std::nullopt; // the last character still asked for more
            const int c = packed[p++] - 48;
            if (c < 0 || c > 63)
                return std::nullopt;
            x |= static_cast<long long>(c & 0x1f) << (5 * k);
            more = (c & 0x20) != 0;
            ++k;
            if (!more && (c & 0x10))
                x -= 1LL << (5 * k); // sign-extend (x < 2^5k): differences can be negative
        }
        if (runs.size() > 2)
            x += runs[runs.size() - 2];
        if (x < 0)
            return std::nullopt;
        runs.push_back(x);
    }
    return runs;
}

std::optional<cv::Mat> decodeCocoRle(const QJsonObject& segmentation, QString* error)
{
    const QJsonArray size = segmentation.value(QStringLiteral("size")).toArray();
    const int h = size.size() == 2 ? size[0].toInt(-1) : -1;
    const int w = size.size() == 2 ? size[1].toInt(-1) : -1;
    if (h <= 0 || w <= 0)
        return refuse(error, QCoreApplication::translate("Import", "its \"size\" is not [height, width]"));
    if (h > kMaxSide || w > kMaxSide)
        return refuse(error, QCoreApplication::translate("Import", "its size, %1 x %2 pixels, is larger than any image NerveScope opens").arg(w).arg(h));

    std::vector<long long> runs;
    const QJsonValue counts = segmentation.value(QStringLiteral("counts"));
    if (counts.isString()) {
        const auto decoded = decodeCocoCounts(counts.toString().toLatin1());
        if (!decoded)
            return refuse(error, QCoreApplication::translate("Import", "its compressed \"counts\" string is malformed"));
        runs = *decoded;
    } else if (counts.isArray()) {
        for (const QJsonValue& v : counts.toArray()) {
            const double run = v.toDouble(-1);
            if (run < 0 || run != std::floor(run))
                return refuse(error, QCoreApplication::translate("Import", "its \"counts\" hold something other than run lengths"));
            runs.push_back(static_cast<long long>(run));
        }
    } else {
        return refuse(error, QCoreApplication::translate("Import", "it has no \"counts\""));
    }

    const long long pixels = static_cast<long long>(h) * w;
    long long total = 0;
    for (long long r : runs)
        total = std::min(total + r, pixels + 1); // a huge run must not overflow the sum
    if (total != pixels)
        return refuse(error, QCoreApplication::translate("Import", "its runs do not add up to its size, %1 x %2 pixels").arg(w).arg(h));

    // Runs go down the columns; filling the transpose row by row is one contiguous walk.
    cv::Mat transposed(w, h, CV_8UC1, cv::Scalar(0));
    uchar* out = transposed.ptr<uchar>();
    long long at = 0;
    for (size_t i = 0; i < runs.size(); ++i) {
        if (i % 2 == 1)
            std::fill(out + at, out + at + runs[i], uchar(255));
        at += runs[i];
    }
    return cv::Mat(transposed.t());
}

} // namespace ns::exporting
