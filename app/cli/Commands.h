#pragma once
#include <QStringList>

namespace ns::cli {
// Each takes its arguments with args[0] == the verb, returns the process exit code.
int runInfo(const QStringList& args);
int runFrames(const QStringList& args);
int runSystem(const QStringList& args);
int runSynth(const QStringList& args);
int runDataset(const QStringList& args);
int runWorkspace(const QStringList& args);
int runModels(const QStringList& args);
int runSegment(const QStringList& args);
int runGrade(const QStringList& args);
int runEvaluate(const QStringList& args);
int runTrain(const QStringList& args);
int runExport(const QStringList& args);
int runImport(const QStringList& args);

int runExplain(const QStringList& args);
} // namespace ns::cli
