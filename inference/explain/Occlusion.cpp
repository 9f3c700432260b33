#include "inference/explain/Occlusion.h"

#include <QCoreApplication>

#include <algorithm>

namespace ns::inference::explain {

PerturbationMap occlusionMap(const cv::Mat& input, const OcclusionOptions& options, const BatchScore& score,
                             const jobs::Progress& progress, const cv::Mat& imageArea)
{
    CV_Assert(input.type() == CV_32FC1 && !input.empty());
    PerturbationMap out;
    out.baseScore = score({input}).at(0);
    const int patch = std::clamp(options.patch, 1, std::min(input.cols, input.rows));
    const bool ownMean = options.fill == Fill::Region; // each window by its own mean
    const cv::Mat fill = ownMean ? cv::Mat() : fillImage(input, options.fill, patch / 2.0, imageArea);
    std::vector<cv::Rect> windows;
    for (int y : windowStarts(input.rows, patch, options.stride))
        for (int x : windowStarts(input.cols, patch, options.stride))
            if (imageArea.empty() || cv::countNonZero(imageArea(cv::Rect(x, y, patch, patch))) > 0)
                windows.emplace_back(x, y, patch, patch);

    cv::Mat sum = cv::Mat::zeros(input.size(), CV_64FC1);
    cv::Mat count = cv::Mat::zeros(input.size(), CV_64FC1);
    const size_t batch = size_t(std::max(1, options.batchSize));
    std::vector<cv::Mat> inputs;
    for (size_t first = 0; first < windows.size(); first += batch) {
        if (progress.isCancelled()) {
            out.cancelled = true;
            return out;
        }
        const size_t n = std::min(batch, windows.size() - first);
        inputs.resize(n);
        for (size_t i = 0; i < n; ++i) {
            input.copyTo(inputs[i]);
            if (ownMean)
                fillWindowWithItsMean(inputs[i], windows[first + i], imageArea);
            else
                fill(windows[first + i]).copyTo(inputs[i](windows[first + i]));
        }
        const std::vector<double> scores = score(inputs);
        for (size_t i = 0; i < n; ++i) {
            const cv::Rect& w = windows[first + i];
            sum(w) += cv::Scalar(out.baseScore - scores.at(i));
            count(w) += cv::Scalar(1.0);
        }
        out.evaluations += int(n);
        progress.report(double(first + n) / double(windows.size()),
                        QCoreApplication::translate("Explain", "Occlusion: %1 of %2 windows").arg(first + n).arg(windows.size()));
    }
    cv::Mat mean;
    cv::divide(sum, cv::max(count, 1.0), mean);
    mean.convertTo(out.map, CV_32FC1);
    return out;
}

} // namespace ns::inference::explain
