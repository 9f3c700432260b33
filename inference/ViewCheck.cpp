#include "inference/ViewCheck.h"

#include "core/media/ScanView.h"
#include "inference/DatasetManifest.h"
#include "inference/ModelCard.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ns::inference {

QString viewOfModel(const ModelCard& card)
{
    const QString trained = card.metrics.value(QStringLiteral("heldOut")).toObject().value(QStringLiteral("view")).toString();
    return trained.isEmpty() ? defaultViewFor(card.task, card.architecture) : trained;
}

QString viewMismatchWarning(const QString& modelName, const QString& modelView, const QString& scanView)
{
    if (scanView.isEmpty() || modelView.isEmpty() || scanView == modelView)
        return {};
    return QCoreApplication::translate("ViewCheck", "%1 was trained on %2 scans; this study is labelled %3, "
                                                    "so its answer may mean nothing here.")
        .arg(modelName, media::scanViewDisplayName(modelView), media::scanViewDisplayName(scanView));
}

} // namespace ns::inference
