#include "testing.hpp"
#include "unit2.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

TEST_CASE("2.07 rotations: quarter turns") {
    const double half_pi = std::acos(0.0);
    const Vector e1{1, 0};
    CHECK(exercises::rotation2(half_pi) * e1 == near(Vector{0, 1}, 1e-15));
    const Vector x{1, 0, 5};
    CHECK(exercises::rotation_about_z(half_pi) * x == near(Vector{0, 1, 5}, 1e-15));
}

// Orthogonal, det +1, length- and angle-preserving; composing rotations adds angles.
TEST_CASE("2.07 rotations: orthogonal with det 1; R(a)R(b) = R(a + b) (seeded random angles)") {
    Rng rng(2007);
    for (int trial = 0; trial < 30; ++trial) {
        const double a = 6.283185307179586 * rng.uniform(), b = 6.283185307179586 * rng.uniform();
        const Matrix R = exercises::rotation2(a), Rz = exercises::rotation_about_z(a);
        CHECK(transpose(R) * R == near(Matrix::identity(2), 1e-15));
        CHECK(transpose(Rz) * Rz == near(Matrix::identity(3), 1e-15));
        CHECK(det(R) == doctest::Approx(1.0).epsilon(1e-14));
        CHECK(det(Rz) == doctest::Approx(1.0).epsilon(1e-14));
        CHECK(R * exercises::rotation2(b) == near(exercises::rotation2(a + b), 1e-14));
        CHECK(Rz == near(rotation_z(a), 1e-15));
        const Vector v = testing::random_vector(rng, 2);
        CHECK(norm(R * v) == doctest::Approx(norm(v)).epsilon(1e-14));
    }
}
