// The exercise functions of unit 2 (Geometry). Each is written by the student in
// exercises/2_geometry/<file> (the reference answers are in solutions/2_geometry/).
#pragma once

#include "mml/core.hpp"
#include "mml/geometry.hpp"
#include "mml/linalg.hpp"

#include <vector>

namespace mml::exercises {

// 2.01  p-norms and unit balls  (01_p_norm.cpp)
double p_norm(const Vector& x, double p);
// 2.02  The angle between two vectors  (02_angle.cpp)
double angle_between(const Vector& x, const Vector& y);
// 2.03  A general inner product and its Gram matrix  (03_gram_matrix.cpp)
Matrix gram_matrix_of(const Matrix& A, const Matrix& B);
// 2.04  Projection onto a line  (04_project_line.cpp)
Vector project_on_line(const Vector& x, const Vector& b);
// 2.05  Projection onto a subspace via the normal equations  (05_project_subspace.cpp)
Vector project_normal_equations(const Vector& x, const Matrix& B);
// 2.06  Gram–Schmidt orthonormalisation  (06_gram_schmidt.cpp)
Matrix my_gram_schmidt(const Matrix& B);
// 2.07  Rotation matrices  (07_rotation.cpp)
Matrix rotation2(double theta);
Matrix rotation_about_z(double theta);
// 2.08  PCA by hand on a small data set  (08_pca.cpp)
// The result of exercise 2.08.
struct PcaByHand {
    Vector mean;                 // μ
    Matrix directions;           // D×k: the first k eigenvectors of the covariance, as columns
    Vector variances;            // their eigenvalues λ₁ ≥ … ≥ λₖ
    double reconstruction_error; // (1/N) Σₙ ‖xₙ − x̃ₙ‖²
};
PcaByHand pca_by_hand(const Matrix& X, std::size_t k);
// 2.09  k-nearest neighbours  (09_knn.cpp)
int knn_predict(const Matrix& X_train, const std::vector<int>& labels, const Vector& x, std::size_t k);

}  // namespace mml::exercises
