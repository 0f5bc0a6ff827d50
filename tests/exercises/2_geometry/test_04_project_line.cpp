#include "testing.hpp"
#include "unit2.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

TEST_CASE("2.04 projection onto a line: MML Example 3.10") {
    const Vector b{1, 2, 2}, x{1, 1, 1};
    CHECK(exercises::project_on_line(x, b) == near((5.0 / 9.0) * b, 1e-15));
}

// Residual ⟂ b, idempotence π(π(x)) = π(x), and agreement with mml::project_onto_line.
TEST_CASE("2.04 projection onto a line: orthogonal residual and idempotence (seeded random)") {
    Rng rng(2004);
    for (int trial = 0; trial < 50; ++trial) {
        const auto n = 1 + rng.uniform_int(6);
        const Vector x = testing::random_vector(rng, n), b = testing::random_vector(rng, n);
        const Vector p = exercises::project_on_line(x, b);
        CHECK(std::abs(dot(x - p, b)) <= 1e-14);
        CHECK(exercises::project_on_line(p, b) == near(p, 1e-14));
        CHECK(p == near(project_onto_line(x, b), 1e-14));
    }
    const Vector x{1, 2}, zero(2);
    CHECK_THROWS_AS(exercises::project_on_line(x, zero), DomainError);
}
