#include "core/synth/motor/MotorUnitWriter.h"

#include "core/synth/motor/MotorRandom.h"
#include "core/synth/motor/MotorUnitSimulator.h"
#include "core/synth/motor/NpyWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace ns::synth::motor {

namespace {

bool writeJson(const QString& path, const QJsonObject& object, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// 64-bit seeds as decimal strings: JSON numbers are doubles and would lose the low bits.
QString seedString(std::uint64_t seed) { return QString::number(qulonglong(seed)); }

template <typename T>
QJsonArray toArray(const std::vector<T>& values)
{
    QJsonArray out;
    for (const T& v : values)
        out.append(double(v));
    return out;
}

QJsonObject unitToJson(const MotorUnitLabel& u, int index)
{
    QJsonObject o;
    o[QStringLiteral("index")] = index;
    o[QStringLiteral("centre_x_mm")] = u.centreXmm;
    o[QStringLiteral("centre_y_mm")] = u.centreYmm;
    o[QStringLiteral("diameter_mm")] = u.diameterMm;
    o[QStringLiteral("firing_rate_hz")] = u.firingRateHz;
    o[QStringLiteral("tc_ms")] = u.tcMs;
    o[QStringLiteral("thr_ms")] = u.thrMs;
    o[QStringLiteral("m")] = u.m;
    o[QStringLiteral("fmax")] = u.fmax;
    o[QStringLiteral("velocity_peak_lag_frames")] = u.velocityPeakLagFrames;
    o[QStringLiteral("firing_count")] = int(u.firingTimesS.size());
    return o;
}

} // namespace

QJsonObject motorUnitParamsToJson(const MotorUnitParams& p)
{
    QJsonObject o;
    o[QStringLiteral("rows")] = p.rows;
    o[QStringLiteral("cols")] = p.cols;
    o[QStringLiteral("frames")] = p.frames;
    o[QStringLiteral("pixel_spacing_mm")] = p.pixelSpacingMm;
    o[QStringLiteral("frame_rate_hz")] = p.frameRateHz;
    o[QStringLiteral("units_min")] = p.unitsMin;
    o[QStringLiteral("units_max")] = p.unitsMax;
    o[QStringLiteral("territory_diameter_min_mm")] = p.territoryDiameterMinMm;
    o[QStringLiteral("territory_diameter_max_mm")] = p.territoryDiameterMaxMm;
    o[QStringLiteral("spatial_profile")] =
        p.profile == SpatialProfile::Disc ? QStringLiteral("disc") : QStringLiteral("bump");
    o[QStringLiteral("firing_rate_min_hz")] = p.firingRateMinHz;
    o[QStringLiteral("firing_rate_max_hz")] = p.firingRateMaxHz;
    o[QStringLiteral("ipi_jitter_cv")] = p.ipiJitterCv;
    o[QStringLiteral("sync_fraction_min")] = p.syncFractionMin;
    o[QStringLiteral("sync_fraction_max")] = p.syncFractionMax;
    o[QStringLiteral("tc_min_ms")] = p.tcMinMs;
    o[QStringLiteral("tc_max_ms")] = p.tcMaxMs;
    o[QStringLiteral("thr_min_ms")] = p.thrMinMs;
    o[QStringLiteral("thr_max_ms")] = p.thrMaxMs;
    o[QStringLiteral("min_thr_over_tc")] = p.minThrOverTc;
    o[QStringLiteral("fmax_min")] = p.fmaxMin;
    o[QStringLiteral("fmax_max")] = p.fmaxMax;
    o[QStringLiteral("noise")] = p.noise;
    if (p.noise)
        o[QStringLiteral("snr_db")] = p.snrDb;
    return o;
}

std::uint64_t motorUnitSequenceSeed(std::uint64_t datasetSeed, int index)
{
    return mixSeed(datasetSeed + std::uint64_t(index));
}

QString motorUnitSplit(int index, int count, const MotorUnitWriteOptions& options)
{
    const int nTest = int(std::lround(count * options.testFraction));
    const int nVal = int(std::lround(count * options.valFraction));
    if (index >= count - nTest)
        return QStringLiteral("test");
    if (index >= count - nTest - nVal)
        return QStringLiteral("val");
    return QStringLiteral("train");
}

bool writeMotorUnitSequence(const QString& dir, const MotorUnitSequence& seq, const MotorUnitWriteOptions& options,
                            QString* error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("Cannot create folder %1.").arg(dir);
        return false;
    }
    const MotorUnitParams& p = seq.params;
    const std::int64_t units = std::int64_t(seq.units.size());
    const std::int64_t pixels = std::int64_t(p.rows) * p.cols;
    const QDir d(dir);

    std::vector<std::uint8_t> masks;
    std::vector<float> twitch, force;
    std::vector<std::uint8_t> spikes(size_t(units) * size_t(p.frames), 0);
    masks.reserve(size_t(units * pixels));
    QJsonArray firingUnits, unitMeta;
    for (std::int64_t u = 0; u < units; ++u) {
        const MotorUnitLabel& unit = seq.units[size_t(u)];
        masks.insert(masks.end(), unit.mask.begin(), unit.mask.end());
        twitch.insert(twitch.end(), unit.twitchTrain.begin(), unit.twitchTrain.end());
        force.insert(force.end(), unit.forceTrain.begin(), unit.forceTrain.end());
        for (int f : unit.firingFrames)
            spikes[size_t(u) * size_t(p.frames) + size_t(f)] = 1;
        QJsonObject fu;
        fu[QStringLiteral("unit")] = int(u);
        fu[QStringLiteral("times_s")] = toArray(unit.firingTimesS);
        fu[QStringLiteral("frames")] = toArray(unit.firingFrames);
        fu[QStringLiteral("synchronised")] = toArray(unit.synchronised);
        firingUnits.append(fu);
        unitMeta.append(unitToJson(unit, int(u)));
    }

    const std::int64_t T = p.frames, H = p.rows, W = p.cols;
    if (!writeNpy(d.filePath(QStringLiteral("velocity.npy")), seq.velocity, {T, H, W}, error)
        || !writeNpy(d.filePath(QStringLiteral("masks.npy")), masks, {units, H, W}, error)
        || !writeNpy(d.filePath(QStringLiteral("twitch_trains.npy")), twitch, {units, T}, error)
        || !writeNpy(d.filePath(QStringLiteral("force_trains.npy")), force, {units, T}, error)
        || !writeNpy(d.filePath(QStringLiteral("spikes.npy")), spikes, {units, T}, error))
        return false;
    if (options.writeClean
        && !writeNpy(d.filePath(QStringLiteral("velocity_clean.npy")), seq.cleanVelocity, {T, H, W}, error))
        return false;

    QJsonObject firings;
    firings[QStringLiteral("frame_rate_hz")] = p.frameRateHz;
    firings[QStringLiteral("units")] = firingUnits;
    if (!writeJson(d.filePath(QStringLiteral("firings.json")), firings, error))
        return false;

    QJsonObject meta;
    meta[QStringLiteral("format")] = QStringLiteral("nervescope-motor-units");
    meta[QStringLiteral("format_version")] = kMotorUnitFormatVersion;
    meta[QStringLiteral("seed")] = seedString(seq.seed);
    meta[QStringLiteral("params")] = motorUnitParamsToJson(p);
    meta[QStringLiteral("unit_count")] = int(units);
    meta[QStringLiteral("sync_fraction")] = seq.syncFraction;
    meta[QStringLiteral("signal_power")] = seq.signalPower;
    meta[QStringLiteral("noise_sigma")] = seq.noiseSigma;
    meta[QStringLiteral("velocity_unit")] = QStringLiteral("force units per second");
    meta[QStringLiteral("has_clean_velocity")] = options.writeClean;
    meta[QStringLiteral("units")] = unitMeta;
    return writeJson(d.filePath(QStringLiteral("meta.json")), meta, error);
}

bool writeMotorUnitDataset(const QString& dir, int count, const MotorUnitParams& params, std::uint64_t seed,
                           const ns::jobs::Progress& progress, const MotorUnitWriteOptions& options, QString* error)
{
    if (count < 1) {
        if (error)
            *error = QStringLiteral("A motor-unit dataset needs at least one sequence.");
        return false;
    }
    if (!validateParams(params, error))
        return false;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("Cannot create folder %1.").arg(dir);
        return false;
    }
    QJsonArray sequences;
    QJsonObject splits{{QStringLiteral("train"), QJsonArray()},
                       {QStringLiteral("val"), QJsonArray()},
                       {QStringLiteral("test"), QJsonArray()}};
    for (int i = 0; i < count; ++i) {
        if (progress.isCancelled()) {
            if (error)
                *error = QStringLiteral("Cancelled.");
            return false;
        }
        const std::uint64_t s = motorUnitSequenceSeed(seed, i);
        const MotorUnitSequence seq = simulateMotorUnits(params, s);
        const QString name = QStringLiteral("sequence_%1").arg(i, 4, 10, QLatin1Char('0'));
        if (!writeMotorUnitSequence(QDir(dir).filePath(name), seq, options, error))
            return false;
        const QString split = motorUnitSplit(i, count, options);
        QJsonObject entry{{QStringLiteral("name"), name},
                          {QStringLiteral("split"), split},
                          {QStringLiteral("seed"), seedString(s)},
                          {QStringLiteral("unit_count"), int(seq.units.size())}};
        sequences.append(entry);
        QJsonArray list = splits[split].toArray();
        list.append(name);
        splits[split] = list;
        progress.report(double(i + 1) / count,
                        QCoreApplication::translate("MotorUnitWriter", "Motor-unit sequence %1 of %2").arg(i + 1).arg(count));
    }
    QJsonObject index;
    index[QStringLiteral("format")] = QStringLiteral("nervescope-motor-units-dataset");
    index[QStringLiteral("format_version")] = kMotorUnitFormatVersion;
    index[QStringLiteral("seed")] = seedString(seed);
    index[QStringLiteral("count")] = count;
    index[QStringLiteral("params")] = motorUnitParamsToJson(params);
    index[QStringLiteral("val_fraction")] = options.valFraction;
    index[QStringLiteral("test_fraction")] = options.testFraction;
    index[QStringLiteral("sequences")] = sequences;
    index[QStringLiteral("splits")] = splits;
    return writeJson(QDir(dir).filePath(QStringLiteral("index.json")), index, error);
}

} // namespace ns::synth::motor
