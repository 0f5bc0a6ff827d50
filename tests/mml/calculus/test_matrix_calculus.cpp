// The identities of MML §5.5 against automatic differentiation of the scalar function written out
// entry by entry (X flattened row by row into the variable vector). Tolerance 1e-12: both sides
// are exact formulas evaluated in floating point with O(1) entries and n ≤ 4.
#include "testing.hpp"

#include "mml/calculus.hpp"
#include "mml/linalg.hpp"

#include <doctest/doctest.h>

using namespace mml;
using mml::testing::near;

namespace {
Matrix unflatten(const Vector& v, std::size_t rows, std::size_t cols) {
    Matrix M(rows, cols);
    for (std::size_t k = 0; k < rows * cols; ++k) M.data()[k] = v[k];
    return M;
}
Vector flatten(const Matrix& M) { return Vector(std::vector<double>(M.data(), M.data() + M.rows() * M.cols())); }
}  // namespace

TEST_CASE("matrix calculus: ∂(xᵀa)/∂x = a and ∂(xᵀBx)/∂x = (B + Bᵀ)x") {
    Rng rng(311);
    for (int trial = 0; trial < 10; ++trial) {
        const Vector a = testing::random_vector(rng, 4), x = testing::random_vector(rng, 4);
        const Matrix B = testing::random_matrix(rng, 4, 4);
        auto linear = [&](const auto& v) {
            auto s = v[0] * a[0];
            for (std::size_t i = 1; i < 4; ++i) s = s + v[i] * a[i];
            return s;
        };
        auto quadratic = [&](const auto& v) {
            auto s = 0.0 * v[0];
            for (std::size_t i = 0; i < 4; ++i)
                for (std::size_t j = 0; j < 4; ++j) s = s + v[i] * B(i, j) * v[j];
            return s;
        };
        CHECK(gradient_linear(a) == near(gradient(linear, x), 1e-12));
        CHECK(gradient_quadratic_form(B, x) == near(gradient(quadratic, x), 1e-12));
        CHECK(gradient_quadratic_form(B, x) == near(grad_reverse(quadratic, x), 1e-12));
    }
}

TEST_CASE("matrix calculus: ∂tr(AXB)/∂X = AᵀBᵀ") {
    Rng rng(312);
    const Matrix A = testing::random_matrix(rng, 2, 3), B = testing::random_matrix(rng, 4, 2);
    const Matrix X = testing::random_matrix(rng, 3, 4);
    auto f = [&](const auto& v) {  // tr(AXB) = Σᵢ Σⱼ Σₖ Aᵢⱼ Xⱼₖ Bₖᵢ
        auto s = 0.0 * v[0];
        for (std::size_t i = 0; i < 2; ++i)
            for (std::size_t j = 0; j < 3; ++j)
                for (std::size_t k = 0; k < 4; ++k) s = s + A(i, j) * v[j * 4 + k] * B(k, i);
        return s;
    };
    CHECK(gradient_trace_AXB(A, B) == near(unflatten(gradient(f, flatten(X)), 3, 4), 1e-12));
}

TEST_CASE("matrix calculus: ∂det X/∂X = det(X) X⁻ᵀ and ∂log det X/∂X = X⁻ᵀ") {
    Rng rng(313);
    for (int trial = 0; trial < 5; ++trial) {
        const Matrix X = testing::random_matrix(rng, 3, 3) + 2.0 * Matrix::identity(3);
        auto det3 = [](const auto& v) {  // the 3x3 determinant by the rule of Sarrus
            return v[0] * v[4] * v[8] + v[1] * v[5] * v[6] + v[2] * v[3] * v[7] - v[2] * v[4] * v[6] -
                   v[0] * v[5] * v[7] - v[1] * v[3] * v[8];
        };
        const Matrix Xinv = inverse(X);
        CHECK(gradient_det(det(X), Xinv) == near(unflatten(gradient(det3, flatten(X)), 3, 3), 1e-12));
        if (det(X) > 0) {
            auto logdet = [&](const auto& v) { return log(det3(v)); };
            CHECK(gradient_log_det(Xinv) == near(unflatten(gradient(logdet, flatten(X)), 3, 3), 1e-12));
        }
    }
}

TEST_CASE("matrix calculus: d(X⁻¹) = −X⁻¹ dX X⁻¹ (directional derivative of each entry)") {
    Rng rng(314);
    const Matrix X = testing::random_matrix(rng, 2, 2) + 2.0 * Matrix::identity(2);
    const Matrix V = testing::random_matrix(rng, 2, 2);
    const Matrix D = differential_inverse(inverse(X), V);
    for (std::size_t i = 0; i < 2; ++i)
        for (std::size_t j = 0; j < 2; ++j) {
            auto entry = [i, j](const auto& v) {  // (X⁻¹)ᵢⱼ of a 2x2 matrix: adj(X)ᵢⱼ / det X
                auto d = v[0] * v[3] - v[1] * v[2];
                auto adj = (i == 0 && j == 0) ? v[3] : (i == 1 && j == 1) ? v[0] : (i == 0 ? -1.0 * v[1] : -1.0 * v[2]);
                return adj / d;
            };
            CHECK(directional_derivative(entry, flatten(X), flatten(V)) == doctest::Approx(D(i, j)).epsilon(1e-12));
        }
}
