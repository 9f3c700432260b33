#include "core/synth/motor/MotorUnitTestSets.h"

#include "core/synth/motor/MotorRandom.h"
#include "core/synth/motor/MotorUnitWriter.h"

#include <QDir>

namespace ns::synth::motor {

std::vector<MotorUnitTestSet> s4MotorUnitTestSets()
{
    std::vector<MotorUnitTestSet> sets;
    for (int units : {1, 5, 10, 15, 20, 25}) {
        const QString prefix = QStringLiteral("units_%1_").arg(units, 2, 10, QLatin1Char('0'));
        sets.push_back({units, false, 0.0, prefix + QStringLiteral("clean")});
        sets.push_back({units, true, 20.0, prefix + QStringLiteral("snr_20db")});
        sets.push_back({units, true, 10.0, prefix + QStringLiteral("snr_10db")});
    }
    return sets;
}

bool writeMotorUnitTestSets(const QString& dir, int perSet, const MotorUnitParams& base, std::uint64_t seed,
                            const ns::jobs::Progress& progress, QString* error)
{
    const std::vector<MotorUnitTestSet> sets = s4MotorUnitTestSets();
    MotorUnitWriteOptions options;
    options.valFraction = 0.0;
    options.testFraction = 1.0;
    for (size_t i = 0; i < sets.size(); ++i) {
        const MotorUnitTestSet& set = sets[i];
        MotorUnitParams p = base;
        p.unitsMin = p.unitsMax = set.units;
        p.noise = set.noise;
        p.snrDb = set.snrDb;
        // Each set its own seed: the clean and noisy sets of one unit count are different
        // sequences, as independent test sets should be.
        const std::uint64_t setSeed = mixSeed(seed ^ (0xA5A5A5A5ull * (i + 1)));
        const double lo = double(i) / double(sets.size());
        const double span = 1.0 / double(sets.size());
        const ns::jobs::Progress inner(
            [&](double f, const QString& message) { progress.report(lo + span * f, message); }, progress.token());
        if (!writeMotorUnitDataset(QDir(dir).filePath(set.folderName), perSet, p, setSeed, inner, options, error))
            return false;
    }
    return true;
}

} // namespace ns::synth::motor
