#pragma once
// Does a model fit the scan it is about to read? Each model is trained on one view (its
// card's held-out view, else defaultViewFor), and a scan may name its own
// (core/media/ScanView.h). A mismatch is a warning, not a refusal: a series description can
// be wrong, and the person reviewing decides.

#include <QString>

namespace ns::inference {

struct ModelCard;

// "wrist", "forearm" or "longitudinal".
QString viewOfModel(const ModelCard& card);

// A translated sentence when the scan names a view other than the model's; empty when they
// agree or either is unknown.
QString viewMismatchWarning(const QString& modelName, const QString& modelView, const QString& scanView);

} // namespace ns::inference
