// mml/models/kernel.hpp — kernels and Gram matrices.                               (MML §12.4)
//
// A kernel k(x, z) = ⟨φ(x), φ(z)⟩ is an inner product of features φ that need never be
// computed: the SVM's dual (svm.hpp) and its predictions touch the data only through k. The
// Gram matrix K with Kᵢⱼ = k(xᵢ, xⱼ) is symmetric positive semidefinite for every data set —
// that is what makes k a kernel (MML §12.4; unit 2's Gram matrices of inner products).
//
//   Kernel::linear()              k(x, z) = xᵀz                       (φ(x) = x)
//   Kernel::polynomial(p, c)      k(x, z) = (xᵀz + c)ᵖ,  p ≥ 1, c ≥ 0  (all monomials of degree ≤ p)
//   Kernel::rbf(γ)                k(x, z) = exp(−γ‖x − z‖²), γ > 0     (infinitely many features;
//                                  its Gram matrix is positive definite for distinct points)
#pragma once
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>

namespace mml {

class Kernel {
public:
    enum class Type { linear, polynomial, rbf };

    static Kernel linear();
    static Kernel polynomial(int degree, double c = 1.0);  // DomainError unless degree ≥ 1 and c ≥ 0, finite
    static Kernel rbf(double gamma);                       // DomainError unless γ > 0, finite

    // k(x, z); DimensionError if the sizes differ.
    double operator()(const Vector& x, const Vector& z) const;
    // k over D contiguous entries (rows of row-major matrices), for the Gram loops.
    double operator()(const double* x, const double* z, std::size_t D) const;

    Type type() const { return type_; }
    int degree() const { return degree_; }
    double c() const { return c_; }
    double gamma() const { return gamma_; }

private:
    Kernel(Type type, int degree, double c, double gamma) : type_(type), degree_(degree), c_(c), gamma_(gamma) {}
    Type type_;
    int degree_;
    double c_;
    double gamma_;
};

// The N × N Gram matrix Kᵢⱼ = k(xᵢ, xⱼ) of the rows of X (symmetric: each pair computed once).
Matrix gram_matrix(const Kernel& kernel, const Matrix& X);
// The N × M cross-kernel matrix Kᵢⱼ = k(xᵢ, zⱼ) between the rows of X and of Z.
Matrix gram_matrix(const Kernel& kernel, const Matrix& X, const Matrix& Z);

}  // namespace mml
