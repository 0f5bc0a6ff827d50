// mml/geometry/inner_product.hpp — inner products, norms, distances and angles.       (MML §3.1–3.5)
//
// The dot product xᵀy = Σᵢ xᵢyᵢ is one inner product among many. Any symmetric positive definite
// matrix A defines another, ⟨x, y⟩_A = xᵀAy (MML Theorem 3.5), and with it a length ‖x‖_A = √⟨x, x⟩_A,
// a distance d(x, y) = ‖x − y‖_A and an angle cos ω = ⟨x, y⟩/(‖x‖‖y‖). Change the inner product
// and vectors that were orthogonal may no longer be (MML Example 3.7).
//
// Norms beyond inner products (MML §3.1): the p-norms ‖x‖ₚ = (Σ|xᵢ|ᵖ)^(1/p), p ≥ 1: p = 1 the
// Manhattan norm, p = 2 the Euclidean norm, p → ∞ the maximum norm. For matrices: the Frobenius
// norm ‖A‖_F = √(Σ aᵢⱼ²) and the induced norms ‖A‖ = max_{x≠0} ‖Ax‖/‖x‖.
#pragma once

#include "mml/core/dot.hpp"
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <functional>
#include <limits>

namespace mml {

// dot(x, y) = xᵀy and norm(x) = ‖x‖₂ live in mml/core/dot.hpp (every unit needs them);
// they are included here so that unit 2's readers find them with the other norms.

// ‖x‖ₚ = (Σ|xᵢ|ᵖ)^(1/p) for p ≥ 1; p = std::numeric_limits<double>::infinity() gives max|xᵢ|.
// p < 1 is not a norm (the triangle inequality fails): DomainError.
double norm(const Vector& x, double p);

// ‖x − y‖₂, the Euclidean distance (MML §3.3).
double distance(const Vector& x, const Vector& y);

// The angle ω ∈ [0, π] with cos ω = xᵀy / (‖x‖‖y‖) (MML §3.4). The cosine is clamped to [−1, 1]:
// rounding can push it to 1.0000000000000002, whose arccos is NaN. DomainError for a zero vector.
double angle(const Vector& x, const Vector& y);

// An inner product ⟨x, y⟩ = xᵀAy defined by a symmetric positive definite A (MML §3.2.3).
class InnerProduct {
public:
    // Checks that A is symmetric and positive definite (DomainError naming what fails).
    explicit InnerProduct(const Matrix& A);
    // The dot product on ℝⁿ (A = I).
    static InnerProduct euclidean(std::size_t n);

    double operator()(const Vector& x, const Vector& y) const;  // xᵀAy
    double norm(const Vector& x) const;                          // √⟨x, x⟩
    double distance(const Vector& x, const Vector& y) const;     // ‖x − y‖
    double angle(const Vector& x, const Vector& y) const;        // arccos(⟨x,y⟩ / (‖x‖‖y‖)), clamped
    bool orthogonal(const Vector& x, const Vector& y, double tol = 1e-12) const;  // |⟨x,y⟩| ≤ tol·‖x‖‖y‖
    const Matrix& gram_matrix() const { return A_; }

private:
    Matrix A_;
};

// The Gram matrix Gᵢⱼ = ⟨bᵢ, bⱼ⟩ of the columns of B under ⟨·,·⟩_A: G = BᵀAB (MML §3.2.3).
Matrix gram_matrix(const Matrix& B, const InnerProduct& inner);

// True when the columns of B are mutually orthogonal (|bᵢᵀbⱼ| ≤ tol·‖bᵢ‖‖bⱼ‖), or orthonormal as well
// as of unit length (|‖bᵢ‖ − 1| ≤ tol) (MML §3.5).
bool is_orthogonal_set(const Matrix& B, double tol = 1e-12);
bool is_orthonormal_set(const Matrix& B, double tol = 1e-12);

// The Frobenius norm ‖A‖_F = √(Σᵢⱼ aᵢⱼ²).
double frobenius_norm(const Matrix& A);
// Induced matrix norms ‖A‖ₚ = max ‖Ax‖ₚ/‖x‖ₚ for p = 1 (largest column sum of |aᵢⱼ|), p = ∞ (largest
// row sum) and p = 2 (the largest singular value, from unit 1's SVD). Other p: DomainError.
double induced_norm(const Matrix& A, double p);

// The inner product of functions ⟨f, g⟩ = ∫ₐᵇ f(x) g(x) dx (MML §3.7), by composite Simpson's rule
// with n (even) panels — accurate to about 1e-10 for smooth f, g with the default n.
double function_inner_product(const std::function<double(double)>& f, const std::function<double(double)>& g,
                              double a, double b, std::size_t n = 2000);

}  // namespace mml
