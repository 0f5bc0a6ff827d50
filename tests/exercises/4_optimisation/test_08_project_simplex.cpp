#include "testing.hpp"
#include "unit4.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("4.08 simplex projection: the worked example and points already inside") {
    const Vector x{0.5, 0.8, -0.4};
    CHECK(exercises::simplex_projection(x) == near(Vector{0.35, 0.65, 0}, 1e-15));
    const Vector inside{0.2, 0.3, 0.5};
    CHECK(exercises::simplex_projection(inside) == near(inside, 1e-15));
}

// Feasible, idempotent, the same as mml::project_simplex, and no feasible point is closer (random simplex points).
TEST_CASE("4.08 simplex projection: feasible, closest, agrees with mml::project_simplex (seeded random)") {
    Rng rng(408);
    for (int trial = 0; trial < 50; ++trial) {
        const Vector x = 3.0 * testing::random_vector(rng, 4);
        const Vector p = exercises::simplex_projection(x);
        double sum = 0;
        for (double pi : p) {
            CHECK(pi >= 0.0);
            sum += pi;
        }
        CHECK(sum == doctest::Approx(1.0).epsilon(1e-14));
        CHECK(p == near(project_simplex(x), 1e-14));
        Vector q(4);  // a random point of the simplex
        double total = 0;
        for (std::size_t i = 0; i < 4; ++i) total += q[i] = rng.uniform();
        q /= total;
        CHECK(norm(x - p) <= norm(x - q) + 1e-12);
    }
    CHECK_THROWS_AS(exercises::simplex_projection(Vector()), DimensionError);
}
