#pragma once
// DeLong's test for two correlated AUCs: two score vectors for the same cases (e.g. two
// models on one test set), compared by the nonparametric covariance of DeLong, DeLong &
// Clarke-Pearson (Biometrics 1988), computed with the fast midrank algorithm of Sun & Xu
// (IEEE Signal Processing Letters 2014), O(n log n).
//
//   z = (AUC_A - AUC_B) / sqrt(Var A + Var B - 2 Cov(A, B)),  p = 2 (1 - Phi(|z|))
//
// Variances use the structural components' sample covariances with denominators m - 1
// (positives) and n - 1 (negatives), as in DeLong 1988 and R's pROC. Labels: nonzero =
// positive. Needs at least 2 positives and 2 negatives, else `valid` is false. When the
// difference has zero variance (e.g. identical scores) z is 0 and p is 1 if the AUCs are
// equal; otherwise z is +/-infinity and p is 0.

#include <QString>

#include <vector>

namespace ns::metrics {

struct DelongAuc {
    bool valid = false;
    double auc = 0.0;
    double variance = 0.0;
    double lower = 0.0; // 95% CI auc -/+ 1.96 sqrt(variance), clipped to [0, 1]
    double upper = 0.0;
};

struct DelongComparison {
    bool valid = false;
    QString why; // translated reason when not valid
    double aucA = 0.0;
    double aucB = 0.0;
    double varianceA = 0.0;
    double varianceB = 0.0;
    double covariance = 0.0;
    double z = 0.0;
    double pValue = 1.0; // two-sided
};

// Single AUC with DeLong's variance and a normal-approximation 95% CI.
DelongAuc delongAuc(const std::vector<int>& labels, const std::vector<double>& scores);

DelongComparison delongTest(const std::vector<int>& labels, const std::vector<double>& scoresA,
                            const std::vector<double>& scoresB);

// Two-sided p-value of a standard normal statistic.
double twoSidedNormalP(double z);

} // namespace ns::metrics
