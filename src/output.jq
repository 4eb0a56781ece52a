(.report // {}) as $r
| ($r.prism // {}) as $p
| . + {
    warnings: (.warnings // []),
    summary: {
      report_id: $r.report_id,
      generated_time: $r.generated_time,
      prism_status: $p.status,
      cash_score: $p.cash_score.score,
      first_detect_score: $p.first_detect.score,
      extend_score: $p.extend.score,
      detect_score: $p.detect.score,
      insights_model_version: ($p.insights.model_version // ($p.insights.version | if . == null then null else tostring end)),
      ultrafico_scores: [($r.fico.ultrafico_score_results // [])[] | {
        request_correlation_id, fico_scoring_request_id, score: .ultrafico_score.score, error_reason
      }],
      warning_codes: [(.warnings // [])[] | .warning_code | strings]
    }
  }
