// mml/geometry/rotation.cpp — rotation matrices in ℝ² and ℝ³, Givens rotations, Householder
// reflection matrices.                                                        (MML §3.9)
//
// Each map is built as its explicit matrix, for looking at; the decompositions in unit 1 apply
// the same rotations and reflections without forming them (mml/core/householder.hpp).
#include "mml/geometry/rotation.hpp"

#include "mml/core/error.hpp"
#include "mml/geometry/inner_product.hpp"

#include <cmath>
#include <string>

namespace mml {

Matrix rotation_2d(double theta) {
    const double c = std::cos(theta), s = std::sin(theta);
    return Matrix{{c, -s}, {s, c}};
}

Matrix rotation_x(double theta) {
    const double c = std::cos(theta), s = std::sin(theta);
    return Matrix{{1, 0, 0}, {0, c, -s}, {0, s, c}};
}

Matrix rotation_y(double theta) {
    const double c = std::cos(theta), s = std::sin(theta);
    return Matrix{{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
}

Matrix rotation_z(double theta) {
    const double c = std::cos(theta), s = std::sin(theta);
    return Matrix{{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
}

Matrix givens_rotation(std::size_t n, std::size_t i, std::size_t j, double theta) {
    if (i >= n || j >= n || i == j)
        throw DimensionError("givens_rotation: i = " + std::to_string(i) + ", j = " + std::to_string(j) +
                             " must be two different indices below n = " + std::to_string(n));
    Matrix G = Matrix::identity(n);
    const double c = std::cos(theta), s = std::sin(theta);
    G(i, i) = c;
    G(j, j) = c;
    G(i, j) = -s;
    G(j, i) = s;
    return G;
}

double givens_angle(double a, double b) { return -std::atan2(b, a); }  // rotate [a, b] back onto the first axis

Matrix householder_matrix(const Vector& v) {
    const double vv = dot(v, v);
    if (vv == 0.0) throw DomainError("householder_matrix: v is the zero vector — it defines no mirror");
    return Matrix::identity(v.size()) - (2.0 / vv) * outer(v, v);
}

}  // namespace mml
