#include "inference/explain/Lime.h"

#include <QCoreApplication>
#include <opencv2/ximgproc/slic.hpp>

#include <algorithm>
#include <cmath>
#include <random>

namespace ns::inference::explain {

cv::Mat slicSuperpixels(const cv::Mat& input, int wanted, int* count)
{
    CV_Assert(input.type() == CV_32FC1 && !input.empty());
    cv::Mat grey8;
    input.convertTo(grey8, CV_8UC1, 255.0);
    wanted = std::max(1, wanted);
    const int region = std::max(4, int(std::lround(std::sqrt(double(input.total()) / wanted))));
    // SLICO picks its compactness per region, so speckle-textured and smooth regions come
    // out alike without tuning a ruler for each scanner.
    auto slic = cv::ximgproc::createSuperpixelSLIC(grey8, cv::ximgproc::SLICO, region);
    slic->iterate(10);
    slic->enforceLabelConnectivity(25);
    cv::Mat labels;
    slic->getLabels(labels);
    // Relabel densely: connectivity enforcement can leave unused numbers.
    double maxLabel = 0;
    cv::minMaxLoc(labels, nullptr, &maxLabel);
    std::vector<int> remap(size_t(maxLabel) + 1, -1);
    int n = 0;
    for (int y = 0; y < labels.rows; ++y) {
        int* p = labels.ptr<int>(y);
        for (int x = 0; x < labels.cols; ++x) {
            int& r = remap[size_t(p[x])];
            if (r < 0)
                r = n++;
            p[x] = r;
        }
    }
    if (count)
        *count = n;
    return labels;
}

cv::Mat composeSample(const cv::Mat& input, const cv::Mat& fill, const cv::Mat& labels, const std::vector<unsigned char>& on)
{
    cv::Mat out(input.size(), CV_32FC1);
    for (int y = 0; y < input.rows; ++y) {
        const float* in = input.ptr<float>(y);
        const float* f = fill.ptr<float>(y);
        const int* l = labels.ptr<int>(y);
        float* o = out.ptr<float>(y);
        for (int x = 0; x < input.cols; ++x)
            o[x] = on[size_t(l[x])] ? in[x] : f[x];
    }
    return out;
}

std::vector<double> weightedRidge(const cv::Mat& x, const std::vector<double>& y, const std::vector<double>& w,
                                  double alpha, double* intercept, double* r2)
{
    const int n = x.rows, k = x.cols;
    double wsum = 0, ymean = 0;
    cv::Mat xmean = cv::Mat::zeros(1, k, CV_64F);
    for (int i = 0; i < n; ++i) {
        wsum += w[size_t(i)];
        ymean += w[size_t(i)] * y[size_t(i)];
        xmean += w[size_t(i)] * x.row(i);
    }
    ymean /= wsum;
    xmean /= wsum;
    // Centre with the weighted means, scale rows by sqrt(w): then the intercept drops out
    // and the normal equations are (Xc' W Xc + alpha I) b = Xc' W yc.
    cv::Mat xc(n, k, CV_64F), yc(n, 1, CV_64F);
    for (int i = 0; i < n; ++i) {
        const double s = std::sqrt(w[size_t(i)]);
        xc.row(i) = (x.row(i) - xmean) * s;
        yc.at<double>(i) = (y[size_t(i)] - ymean) * s;
    }
    cv::Mat a = xc.t() * xc + alpha * cv::Mat::eye(k, k, CV_64F);
    cv::Mat b;
    cv::solve(a, xc.t() * yc, b, cv::DECOMP_CHOLESKY);
    std::vector<double> coef(b.begin<double>(), b.end<double>());
    const double c0 = ymean - xmean.dot(b.t());
    if (intercept)
        *intercept = c0;
    if (r2) {
        double ssRes = 0, ssTot = 0;
        for (int i = 0; i < n; ++i) {
            const double pred = c0 + x.row(i).dot(b.t());
            ssRes += w[size_t(i)] * (y[size_t(i)] - pred) * (y[size_t(i)] - pred);
            ssTot += w[size_t(i)] * (y[size_t(i)] - ymean) * (y[size_t(i)] - ymean);
        }
        *r2 = ssTot > 0 ? 1.0 - ssRes / ssTot : 0.0;
    }
    return coef;
}

LimeMap limeMap(const cv::Mat& input, const LimeOptions& options, const BatchScore& score, const jobs::Progress& progress,
                const cv::Mat& imageArea)
{
    CV_Assert(input.type() == CV_32FC1 && !input.empty());
    LimeMap out;
    int k = 0;
    out.labels = slicSuperpixels(input, options.superpixels > 0 ? options.superpixels : defaultSuperpixels(false), &k);
    const double region = std::sqrt(double(input.total()) / std::max(1, k));
    const cv::Mat fill = fillImage(input, options.fill, region / 2.0, imageArea, out.labels);
    const int samples = std::max(2, options.samples);

    // LIME's sampling: the first sample is the image itself, the others switch each
    // superpixel on with probability 1/2.
    std::mt19937_64 rng(options.seed);
    std::bernoulli_distribution coin(0.5);
    cv::Mat z(samples, k, CV_64F);
    std::vector<double> y(static_cast<size_t>(samples)), w(static_cast<size_t>(samples));
    std::vector<std::vector<unsigned char>> masks(size_t(samples), std::vector<unsigned char>(size_t(k), 1));
    for (int s = 1; s < samples; ++s)
        for (int j = 0; j < k; ++j)
            masks[size_t(s)][size_t(j)] = coin(rng) ? 1 : 0;
    for (int s = 0; s < samples; ++s) {
        int on = 0;
        for (int j = 0; j < k; ++j) {
            z.at<double>(s, j) = masks[size_t(s)][size_t(j)];
            on += masks[size_t(s)][size_t(j)];
        }
        // Cosine distance of the mask to all-ones is 1 - sqrt(on / k); LIME's kernel is
        // sqrt(exp(-d^2 / width^2)).
        const double d = 1.0 - std::sqrt(double(on) / k);
        w[size_t(s)] = std::sqrt(std::exp(-d * d / (options.kernelWidth * options.kernelWidth)));
    }

    const size_t batch = size_t(std::max(1, options.batchSize));
    std::vector<cv::Mat> inputs;
    for (size_t first = 0; first < size_t(samples); first += batch) {
        if (progress.isCancelled()) {
            out.cancelled = true;
            return out;
        }
        const size_t n = std::min(batch, size_t(samples) - first);
        inputs.clear();
        for (size_t i = 0; i < n; ++i)
            inputs.push_back(composeSample(input, fill, out.labels, masks[first + i]));
        const std::vector<double> scores = score(inputs);
        for (size_t i = 0; i < n; ++i)
            y[first + i] = scores.at(i);
        out.evaluations += int(n);
        progress.report(double(first + n) / samples,
                        QCoreApplication::translate("Explain", "LIME: %1 of %2 samples").arg(first + n).arg(samples));
    }
    out.baseScore = y[0];
    out.weights = weightedRidge(z, y, w, options.ridgeAlpha, &out.intercept, &out.weightedR2);
    out.map.create(input.size(), CV_32FC1);
    for (int r = 0; r < input.rows; ++r) {
        const int* l = out.labels.ptr<int>(r);
        float* m = out.map.ptr<float>(r);
        for (int c = 0; c < input.cols; ++c)
            m[c] = float(out.weights[size_t(l[c])]);
    }
    return out;
}

} // namespace ns::inference::explain
