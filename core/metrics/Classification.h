#pragma once
// Multi-class classification metrics from a confusion matrix (k classes, labels 0..k-1).
//
// Rows are the reference (true) class, columns the predicted class, as in
// sklearn.metrics.confusion_matrix. Per class c (one-vs-rest):
//   precision   = TP / (TP + FP)     recall (sensitivity) = TP / (TP + FN)
//   specificity = TN / (TN + FP)     F1 = 2 precision recall / (precision + recall)
// A ratio with a zero denominator is 0 (sklearn's zero_division=0), and the class is listed
// in `undefinedClasses` so a report can say so. Macro averages are unweighted means over
// all k classes; weighted averages weight by support (the number of reference cases).
// All values are fractions in [0, 1].

#include <QString>

#include <cstdint>
#include <vector>

namespace ns::metrics {

struct ClassMetrics {
    std::int64_t support = 0; // reference cases of this class
    double precision = 0.0;
    double recall = 0.0;
    double specificity = 0.0;
    double f1 = 0.0;
};

struct ClassificationReport {
    std::int64_t total = 0;
    double accuracy = 0.0; // trace / total; 0 when there are no cases
    std::vector<ClassMetrics> perClass;
    ClassMetrics macro;    // support = total
    ClassMetrics weighted; // support-weighted means; support = total
    std::vector<int> undefinedClasses; // classes where some ratio had a zero denominator
};

class ConfusionMatrix {
public:
    explicit ConfusionMatrix(int classes);

    // Adds one case. Returns false (and adds nothing) for a label outside 0..k-1.
    bool add(int reference, int predicted, std::int64_t count = 1);
    // Adds paired label vectors; returns the number of pairs rejected (length mismatch
    // counts every unpaired element as rejected).
    int addAll(const std::vector<int>& reference, const std::vector<int>& predicted);

    int classes() const { return k_; }
    std::int64_t count(int reference, int predicted) const { return m_[size_t(reference * k_ + predicted)]; }
    std::int64_t total() const;

    ClassificationReport report() const;
    // Plain-text table (row = reference) for logs and the CLI; class names optional.
    QString toText(const std::vector<QString>& classNames = {}) const;

private:
    int k_;
    std::vector<std::int64_t> m_;
};

// Binary labels from scores: positive when score >= threshold.
std::vector<int> thresholdScores(const std::vector<double>& scores, double threshold);

} // namespace ns::metrics
