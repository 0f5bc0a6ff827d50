// mml/plot/contour.cpp — marching squares, with the saddle decided by the cell's mean.
#include "mml/plot/contour.hpp"

#include "mml/core/error.hpp"
#include "mml/plot/sampling.hpp"

#include <cmath>
#include <sstream>
#include <utility>

namespace mml {

namespace {

// One grid point: where it is and the value there.
struct Corner {
    Point2 p;
    double z;
};

// Where the straight line through the values of p and q reaches `level` on the edge pq. The two
// ends are taken in a fixed order (by grid position), so the two cells that share the edge get
// the very same point. t = a/(a + b) with a = level − z_p and b = z_q − level, both halved first
// so their sum cannot overflow for values near ±10³⁰⁸.
Point2 crossing(Corner p, Corner q, double level) {
    if (q.p.y < p.p.y || (q.p.y == p.p.y && q.p.x < p.p.x)) std::swap(p, q);
    const double a = 0.5 * level - 0.5 * p.z, b = 0.5 * q.z - 0.5 * level;
    const double t = a / (a + b);  // a and b have the same sign: the level lies between z_p and z_q
    return {p.p.x + t * (q.p.x - p.p.x), p.p.y + t * (q.p.y - p.p.y)};
}

// The segments of one cell; c[0..3] are its corners counter-clockwise from the lower left, and
// edge k joins corner k to corner k + 1 (mod 4).
void march_cell(const Corner c[4], double level, std::vector<Segment>& out) {
    bool above[4];
    for (int k = 0; k < 4; ++k) above[k] = c[k].z >= level;
    Point2 cross[4];  // the crossing on edge k, where there is one
    int count = 0;
    for (int k = 0; k < 4; ++k)
        if (above[k] != above[(k + 1) % 4]) {
            cross[k] = crossing(c[k], c[(k + 1) % 4], level);
            ++count;
        }
    if (count == 2) {  // one segment, between the two crossed edges
        Point2 ends[2];
        int n = 0;
        for (int k = 0; k < 4; ++k)
            if (above[k] != above[(k + 1) % 4]) ends[n++] = cross[k];
        // A corner exactly at the level counts as above; where it is the only corner above, both
        // crossings land on it, and the cell adds no line, only a point: leave it out.
        if (!(ends[0] == ends[1])) out.push_back({ends[0], ends[1]});
    } else if (count == 4) {  // the saddle: corners 0 and 2 on one side, 1 and 3 on the other
        const double middle = 0.25 * c[0].z + 0.25 * c[1].z + 0.25 * c[2].z + 0.25 * c[3].z;  // no overflow
        if ((middle >= level) == above[0]) {  // 0 and 2 are joined: cut off corners 1 and 3
            out.push_back({cross[0], cross[1]});
            out.push_back({cross[2], cross[3]});
        } else {  // 1 and 3 are joined: cut off corners 0 and 2
            out.push_back({cross[3], cross[0]});
            out.push_back({cross[1], cross[2]});
        }
    }
}

}  // namespace

std::vector<Segment> contour_segments(const Vector& xs, const Vector& ys, const Matrix& Z, double level) {
    require_grid("contour", xs, ys, Z, 2);
    if (!std::isfinite(level)) {
        std::ostringstream msg;
        msg << "contour: the level is " << level << " — contour levels must be finite numbers";
        throw DomainError(msg.str());
    }
    std::vector<Segment> segments;
    for (std::size_t i = 0; i + 1 < ys.size(); ++i)
        for (std::size_t j = 0; j + 1 < xs.size(); ++j) {
            const Corner c[4] = {{{xs[j], ys[i]}, Z(i, j)},
                                 {{xs[j + 1], ys[i]}, Z(i, j + 1)},
                                 {{xs[j + 1], ys[i + 1]}, Z(i + 1, j + 1)},
                                 {{xs[j], ys[i + 1]}, Z(i + 1, j)}};
            if (std::isnan(c[0].z) || std::isnan(c[1].z) || std::isnan(c[2].z) || std::isnan(c[3].z)) continue;
            march_cell(c, level, segments);
        }
    return segments;
}

}  // namespace mml
