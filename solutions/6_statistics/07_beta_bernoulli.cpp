// Exercise 6.07 — The Beta–Bernoulli posterior                           (MML §6.6.1, Example 6.11)
//
// Task:    with the prior μ ~ Beta(α, β) on a coin's probability of heads and N tosses xₙ ∈ {0, 1}
//          with h heads, Bayes' theorem gives
//              p(μ | x) ∝ μʰ(1 − μ)ᴺ⁻ʰ · μ^{α−1}(1 − μ)^{β−1}   ⇒   Beta(α′, β′) = Beta(α + h, β + N − h).
//          Return the posterior's parameters, its mean α′/(α′ + β′) and its mode (the MAP
//          estimate) (α′ − 1)/(α′ + β′ − 2).
// Input:   prior α, β > 0; data x with entries 0 or 1.
// Output:  {alpha, beta, mean, map}.
// Errors:  α ≤ 0, β ≤ 0 or an entry not 0/1 → mml::DomainError.
// Example: Beta(2, 2) prior, 7 heads in 10 → Beta(9, 5), mean 9/14 ≈ 0.643, MAP 8/12 ≈ 0.667
//          (the MLE would be 0.7: the prior pulls the estimate towards ½).
//
// Check:   build/exercises/mml-check 6.07
#include "unit6.hpp"

namespace mml::exercises {

BetaPosterior beta_bernoulli_update(double alpha, double beta, const Vector& x) {
    if (!(alpha > 0.0) || !(beta > 0.0)) throw DomainError("beta_bernoulli_update: α and β must be positive");
    double h = 0.0;
    for (double xn : x) {
        if (xn != 0.0 && xn != 1.0) throw DomainError("beta_bernoulli_update: every observation must be 0 or 1");
        h += xn;
    }
    const double N = static_cast<double>(x.size());
    const double a = alpha + h, b = beta + N - h;  // α′, β′
    return {a, b, a / (a + b), (a - 1.0) / (a + b - 2.0)};
}

}  // namespace mml::exercises
