#include "inference/training/BaseModel.h"

#include <QCoreApplication>

#include <cmath>
#include <QDir>

namespace ns::training {

bool findBaseCard(const QString& nameOrPath, ns::inference::ModelEntry* out, QString* error)
{
    QString why;
    const ns::inference::ModelEntry e = ns::inference::ModelRegistry().find(nameOrPath, &why);
    if (e.cardPath.isEmpty()) {
        if (error)
            *error = why.isEmpty() ? QCoreApplication::translate("BaseModel", "no base model \"%1\" (a model name from "
                                                                              "`models list` or a card path)").arg(nameOrPath)
                                   : QCoreApplication::translate("BaseModel", "base model: %1").arg(why);
        return false;
    }
    *out = e;
    return true;
}

QString baseMismatch(const TrainingConfig& c, const ns::inference::ModelCard& base)
{
    const QString who = QStringLiteral("%1 %2").arg(base.name, base.version);
    if (base.task != taskName(c.task))
        return QCoreApplication::translate("BaseModel", "base model %1 is a %2 model, not %3").arg(who, base.task, taskName(c.task));
    if (base.architecture != c.architecture)
        return QCoreApplication::translate("BaseModel", "base model %1 is a %2, not a %3 (use --arch %2)").arg(who, base.architecture, c.architecture);
    if (!c.activation.isEmpty() && !base.activation.isEmpty() && c.activation != base.activation)
        return QCoreApplication::translate("BaseModel", "base model %1 uses activation %2, not %3").arg(who, base.activation, c.activation);
    if (base.inputWidth != c.inputSize.width() || base.inputHeight != c.inputSize.height())
        return QCoreApplication::translate("BaseModel", "base model %1 takes %2x%3 input, not %4x%5 (use --input %2x%3)")
            .arg(who).arg(base.inputWidth).arg(base.inputHeight).arg(c.inputSize.width()).arg(c.inputSize.height());
    if (std::abs(base.nerveCropMm - c.cropMm()) > 1e-9)
        return QCoreApplication::translate("BaseModel", "base model %1 looks at a %2 mm crop around the nerve, not %3 mm (use --crop-mm %2)")
            .arg(who).arg(base.nerveCropMm).arg(c.cropMm());
    return {};
}

std::optional<ns::inference::LoadedModel> loadBaseModel(const TrainingConfig& config, QString* error)
{
    ns::inference::ModelEntry entry;
    if (!findBaseCard(config.baseModel, &entry, error))
        return std::nullopt;
    if (const QString why = baseMismatch(config, entry.card); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    QString why;
    auto loaded = ns::inference::loadModel(entry.cardPath, &why);
    if (!loaded)
        *error = QCoreApplication::translate("BaseModel", "cannot load base model %1: %2").arg(QDir::toNativeSeparators(entry.cardPath), why);
    return loaded;
}

// Kept in English like the rest of the card: it must read the same on every machine.
QString fineTunedFrom(const ns::inference::ModelCard& base)
{
    return QStringLiteral("fine-tuned from %1 %2 (sha256 %3)").arg(base.name, base.version, base.sha256);
}

} // namespace ns::training
