#include "testing.hpp"
#include "unit5.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("5.05 joint table: the worked example") {
    const Matrix P{{0.1, 0.2}, {0.3, 0.4}};
    CHECK(exercises::marginal_of_x(P) == near(Vector{0.3, 0.7}, 1e-15));
    CHECK(exercises::x_given_y(P, 1) == near(Vector{1.0 / 3, 2.0 / 3}, 1e-15));
}

// Random tables: the marginal and conditionals agree with mml::JointTable and sum to 1;
// p(x) = Σⱼ p(x | yⱼ) p(yⱼ) (the sum and product rules together).
TEST_CASE("5.05 joint table: agreement with mml::JointTable and the law of total probability") {
    Rng rng(505);
    for (int trial = 0; trial < 20; ++trial) {
        Matrix P(3, 4);
        double total = 0;
        for (std::size_t k = 0; k < 12; ++k) total += P.data()[k] = rng.uniform() + 0.01;
        P /= total;
        const JointTable table(P);
        CHECK(exercises::marginal_of_x(P) == near(table.marginal_x(), 1e-14));
        Vector recombined(3);
        for (std::size_t j = 0; j < 4; ++j) {
            const Vector c = exercises::x_given_y(P, j);
            CHECK(c == near(table.conditional_x_given_y(j), 1e-14));
            recombined += table.marginal_y()[j] * c;
        }
        CHECK(recombined == near(table.marginal_x(), 1e-14));
    }
    const Matrix zero_column{{0.5, 0.0}, {0.5, 0.0}};
    CHECK_THROWS_AS(exercises::x_given_y(zero_column, 1), DomainError);
}
