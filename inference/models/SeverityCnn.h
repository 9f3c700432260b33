#pragma once
// S3's CTS severity CNNs (normal, mild, moderate, severe) for 256x256 greyscale crops.

#include "inference/models/NetModule.h"

#include <torch/nn/modules/container/sequential.h>

#include <vector>

namespace ns::models {

struct SeverityCnnOptions {
    std::vector<int> convFilters;  // one block each: conv 3x3 -> ReLU -> BN -> max-pool 2
    int convsPerBlock = 1;         // S3: 1; more repeat conv -> ReLU -> BN before the pool
    std::vector<int> denseUnits;   // each: dense -> ReLU -> dropout
    double dropout = 0.6;
    int numClasses = 4;
    int inChannels = 1;
    // S3 flattens the last feature map (64 x 32 x 32 at 256 px: a 16.8M-weight first dense
    // layer, 67 MB, four times the 15 MB all default models may take). We average-pool
    // it to poolTo x poolTo first; 4 keeps the net ~0.3M and accepts any input size.
    // 0 gives S3's literal flatten (input then fixed at 256x256).
    int poolTo = 4;
    int inputSize = 256; // only used when poolTo == 0

    // Transverse: blocks 16-32-64, dense 256-72-16. Longitudinal: blocks 16, 32, dense 256.
    static SeverityCnnOptions transverse();
    static SeverityCnnOptions longitudinal();
    // Not S3's: the transverse CNN with two convolutions per block (VGG's pattern), which
    // doubles the depth and the receptive field for the fine texture a grade shows in.
    static SeverityCnnOptions transverseDeep();
};

// Keras order, as S3 describes its blocks: Conv2D(relu, he_normal) -> BatchNorm -> MaxPool.
// Outputs logits; the engine applies the softmax.
class SeverityCnn : public NetModule {
public:
    explicit SeverityCnn(const SeverityCnnOptions& options);
    torch::Tensor forward(torch::Tensor x) override;

private:
    torch::nn::Sequential features_{nullptr}, classifier_{nullptr};
};

} // namespace ns::models
