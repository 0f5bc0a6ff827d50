// mml/models/svm.hpp — the soft-margin support vector machine, trained by SMO.     (MML ch. 12)
//
// Primal (MML (12.26a)): with labels yₙ ∈ {−1, +1} and the book's C (README, conventions),
//     minimise ½‖w‖² + C Σₙ ξₙ   subject to   yₙ(⟨w, φ(xₙ)⟩ + b) ≥ 1 − ξₙ,  ξₙ ≥ 0,
// i.e. ½‖w‖² + C Σₙ max(0, 1 − yₙ f(xₙ)) with the hinge loss (MML (12.31)).
// Dual (MML (12.41), written as a minimisation) with Q_ij = yᵢ yⱼ k(xᵢ, xⱼ) (kernel.hpp):
//     minimise f(α) = ½ αᵀQα − 1ᵀα   subject to   0 ≤ αₙ ≤ C,   yᵀα = 0,
// and the classifier is f(x) = Σₙ αₙ yₙ k(xₙ, x) + b; the support vectors are the xₙ with αₙ > 0
// (w = Σₙ αₙ yₙ φ(xₙ), MML (12.38)).
//
// Sequential minimal optimisation (Platt 1998) changes two multipliers at a time, the fewest the
// equality yᵀα = 0 allows: moving along αᵢ += yᵢt, αⱼ −= yⱼt keeps yᵀα fixed, and along that
// line f is a parabola in t with curvature a_ij = Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ and slope −b_ij at t = 0, where
// b_ij = −yᵢ∇f(α)ᵢ + yⱼ∇f(α)ⱼ. So t = b_ij/a_ij, clipped to the box [0, C]. The pair is chosen by the
// working-set selection of Fan, Chen & Lin (2005, JMLR 6, "WSS 3"), the one LIBSVM made standard:
//     I_up  = {t : αₜ < C, yₜ = +1  or  αₜ > 0, yₜ = −1}   (t whose yₜαₜ may still grow)
//     I_low = {t : αₜ < C, yₜ = −1  or  αₜ > 0, yₜ = +1}   (t whose yₜαₜ may still shrink)
//     i = argmax_{t ∈ I_up} −yₜ∇f(α)ₜ  (the most violating, first order), m(α) = that maximum;
//     j = argmin over t ∈ I_low with −yₜ∇fₜ < m(α) of −b_it²/ā_it (the largest decrease of f
//         by the second-order model, ā = a if a > 0, else τ = 1e-12).
// α is optimal (the KKT conditions hold) exactly when m(α) ≤ M(α) = min_{t ∈ I_low} −yₜ∇f(α)ₜ;
// SMO stops when m(α) − M(α) ≤ tolerance, which bounds every KKT violation |yₙf(xₙ) − 1| of
// the classifier by the tolerance. The gradient ∇f = Qα − 1 is updated in O(N) per step.
//
// b: for a free multiplier 0 < αₜ < C, yₜ f(xₜ) = 1 gives b = −yₜ∇f(α)ₜ (averaged over the free
// ones); with none free, any b in [m(α), M(α)] satisfies the KKT conditions: take the midpoint.
//
// For small N the same dual can be handed to unit 4's active-set QP solver (svm_fit_qp), which the
// tests use as an independent check. Both precompute the N × N Gram matrix (8N² bytes).
#pragma once
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/models/kernel.hpp"

#include <cstddef>
#include <vector>

namespace mml {

struct SvmModel {
    Vector alpha;                        // dual variables, 0 ≤ αₙ ≤ C
    double b = 0.0;
    std::vector<std::size_t> support;    // indices with αₙ > 0
    Kernel kernel = Kernel::linear();    // the kernel it was trained with
    Matrix X;                            // the training inputs (the support vectors are rows of X)
    std::vector<int> y;                  // the training labels, ±1
    std::size_t iterations = 0;          // SMO steps (active-set iterations for svm_fit_qp)

    double decision(const Vector& x) const;  // f(x) = Σ_{n ∈ support} αₙ yₙ k(xₙ, x) + b
    int predict(const Vector& x) const;      // sign of decision, ties → +1
};

// The soft-margin SVM by SMO with WSS 3, stopping at m(α) − M(α) ≤ tolerance. Labels ±1
// (DomainError otherwise, and when only one class is present), C > 0 finite, tolerance > 0.
// NotConvergedError after max(10⁷, 100N) steps.
SvmModel svm_fit(const Matrix& X, const std::vector<int>& y, const Kernel& kernel, double C, double tolerance = 1e-8);

// The same dual solved by unit 4's active-set method (solve_inequality_qp), for small N. Needs a
// positive definite Gram matrix (e.g. the RBF kernel on distinct points; the linear kernel when the
// N points are linearly independent); otherwise the QP solver's error.
SvmModel svm_fit_qp(const Matrix& X, const std::vector<int>& y, const Kernel& kernel, double C);

// The dual objective D(α) = 1ᵀα − ½ Σᵢⱼ αᵢαⱼyᵢyⱼKᵢⱼ (MML (12.41), maximised by the SVM).
double svm_dual_objective(const Vector& alpha, const std::vector<int>& y, const Matrix& K);
// The primal objective ½‖w‖² + C Σₙ max(0, 1 − yₙ f(xₙ)) of a trained model, with ‖w‖² = αᵀQα.
// At the optimum it equals the dual objective (strong duality, MML §12.3).
double svm_primal_objective(const SvmModel& model, double C);
// w = Σₙ αₙ yₙ xₙ (MML (12.38)) for a linear-kernel model (DomainError for other kernels).
Vector svm_weights(const SvmModel& model);

}  // namespace mml
