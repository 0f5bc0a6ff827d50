// mml/mml.hpp — all of mml: #include <mml/mml.hpp>
//
// Or include one unit: <mml/core.hpp>, <mml/linalg.hpp>, <mml/geometry.hpp>,
// <mml/calculus.hpp>, <mml/optim.hpp>, <mml/prob.hpp>, <mml/stats.hpp>, and the parts built on them:
// <mml/models.hpp> (MML part II) and <mml/plot.hpp> (figures and pages).
#pragma once

#include "mml/core.hpp"
#include "mml/linalg.hpp"
#include "mml/geometry.hpp"
#include "mml/calculus.hpp"
#include "mml/optim.hpp"
#include "mml/prob.hpp"
#include "mml/stats.hpp"
#include "mml/plot.hpp"
#include "mml/models.hpp"
