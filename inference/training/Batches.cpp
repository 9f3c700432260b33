#include "inference/training/Batches.h"

#include "inference/TensorImage.h"
#include "inference/training/Augment.h"
#include "inference/training/SeededRandom.h"

#include <algorithm>

namespace ns::training {

std::vector<std::vector<int>> epochBatches(int samples, int batch, std::uint64_t seed, int epoch)
{
    SeededRandom random = SeededRandom::stream(seed, 0x5368756666ull, std::uint64_t(epoch));
    const std::vector<int> order = random.permutation(samples);
    std::vector<std::vector<int>> batches;
    for (int start = 0; start < samples; start += batch) {
        const int end = std::min(samples, start + batch);
        if (end - start < 2 && samples > 1)
            break;
        batches.emplace_back(order.begin() + start, order.begin() + end);
    }
    return batches;
}

std::vector<std::vector<int>> sequentialBatches(int samples, int batch)
{
    std::vector<std::vector<int>> batches;
    for (int start = 0; start < samples; start += batch) {
        std::vector<int> b;
        for (int i = start; i < std::min(samples, start + batch); ++i)
            b.push_back(i);
        batches.push_back(std::move(b));
    }
    return batches;
}

Batch makeBatch(const TrainingDataset& data, const std::vector<int>& indices, TrainingTask task,
                const AugmentRanges* augment, std::uint64_t seed, int epoch)
{
    std::vector<cv::Mat> images, masks;
    std::vector<std::int64_t> labels;
    images.reserve(indices.size());
    for (int i : indices) {
        const TrainingSample& s = data.samples()[size_t(i)];
        cv::Mat image = s.image, mask = s.mask;
        if (augment) {
            SeededRandom random = SeededRandom::stream(seed, std::uint64_t(epoch) + 1, std::uint64_t(i));
            image = image.clone();
            mask = mask.empty() ? cv::Mat() : mask.clone();
            ns::training::augment(*augment, random, &image, mask.empty() ? nullptr : &mask);
        }
        images.push_back(image);
        if (task == TrainingTask::Segmentation)
            masks.push_back(mask);
        else
            labels.push_back(s.label);
    }
    Batch b;
    b.input = ns::inference::batchFromMats(images);
    if (task == TrainingTask::Segmentation)
        b.target = ns::inference::batchFromMats(masks);
    else
        b.target = torch::tensor(labels, torch::kInt64);
    return b;
}

} // namespace ns::training
