#pragma once
// Creation by architecture name, so engines, model cards and the CLI name a network
// with a string and hold it as a NetModule.

#include "inference/models/Activations.h"
#include "inference/models/NetModule.h"

#include <memory>
#include <string>
#include <vector>

namespace ns::models {

enum class ModelTask { Segmentation, BinaryClassification, SeverityGrading };

struct ModelOptions {
    // U-Nets only: the activation of every conv block (S2's noisy ones or ReLU).
    ActivationKind activation = ActivationKind::ReLU;
    int baseWidth = 0;  // 0: the architecture's default (16 SA-UNet, 32 U-Net)
    int numClasses = 0; // 0: the architecture's default (2 classifiers, 4 severity)
    int inChannels = 1;
    // Classifiers and severity CNNs: the dropout of their dense layers; < 0: the
    // architecture's own (0.6 for S3's severity CNNs). Inference ignores it.
    double dropout = -1;
};

// "sa-unet", "unet", "squeezenet1_1", "mobilenet_v2", "efficientnet_b0",
// "severity-transverse", "severity-longitudinal", "severity-transverse-deep" (not S3's).
const std::vector<std::string>& architectureNames();
bool isKnownArchitecture(const std::string& name);
// Throws std::invalid_argument for an unknown name.
ModelTask taskOf(const std::string& architecture);
std::shared_ptr<NetModule> createModel(const std::string& architecture, const ModelOptions& options = {});

} // namespace ns::models
