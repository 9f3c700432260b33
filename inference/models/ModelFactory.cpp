#include "inference/models/ModelFactory.h"

#include "inference/models/Classifiers.h"
#include "inference/models/SeverityCnn.h"
#include "inference/models/UNet.h"

#include <algorithm>
#include <stdexcept>

namespace ns::models {

const std::vector<std::string>& architectureNames()
{
    static const std::vector<std::string> names = {"sa-unet",         "unet",
                                                   "squeezenet1_1",   "mobilenet_v2",
                                                   "efficientnet_b0", "severity-transverse",
                                                   "severity-longitudinal", "severity-transverse-deep"};
    return names;
}

bool isKnownArchitecture(const std::string& name)
{
    const auto& n = architectureNames();
    return std::find(n.begin(), n.end(), name) != n.end();
}

ModelTask taskOf(const std::string& a)
{
    if (a == "sa-unet" || a == "unet")
        return ModelTask::Segmentation;
    if (a == "squeezenet1_1" || a == "mobilenet_v2" || a == "efficientnet_b0")
        return ModelTask::BinaryClassification;
    if (a == "severity-transverse" || a == "severity-longitudinal" || a == "severity-transverse-deep")
        return ModelTask::SeverityGrading;
    throw std::invalid_argument("unknown architecture: " + a);
}

std::shared_ptr<NetModule> createModel(const std::string& a, const ModelOptions& o)
{
    if (a == "sa-unet" || a == "unet") {
        auto u = a == "sa-unet" ? UNetOptions::saUNet() : UNetOptions::plain();
        if (o.baseWidth > 0)
            u.baseWidth = o.baseWidth;
        u.activation = o.activation;
        u.inChannels = o.inChannels;
        return std::make_shared<UNet>(u);
    }
    if (taskOf(a) == ModelTask::BinaryClassification) {
        ClassifierOptions c;
        c.inChannels = o.inChannels;
        c.dropout = o.dropout;
        if (o.numClasses > 0)
            c.numClasses = o.numClasses;
        if (a == "squeezenet1_1")
            return std::make_shared<SqueezeNet11>(c);
        if (a == "mobilenet_v2")
            return std::make_shared<MobileNetV2>(c);
        return std::make_shared<EfficientNetB0>(c);
    }
    auto s = a == "severity-transverse"        ? SeverityCnnOptions::transverse()
             : a == "severity-transverse-deep" ? SeverityCnnOptions::transverseDeep()
                                               : SeverityCnnOptions::longitudinal();
    s.inChannels = o.inChannels;
    if (o.dropout >= 0)
        s.dropout = o.dropout;
    if (o.numClasses > 0)
        s.numClasses = o.numClasses;
    return std::make_shared<SeverityCnn>(s);
}

} // namespace ns::models
