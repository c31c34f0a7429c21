/**
 * Glossary terms, alphabetical. Ids are stable anchors (/glossary/#viral-coefficient) that lessons link to.
 * Sources use the keys of shared/research/facts.md, spelled out.
 */
export interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
  source?: string;
}

export const glossary: GlossaryTerm[] = [
  {
    id: 'bass-model',
    term: 'Bass diffusion model',
    definition:
      'A model of how a new product, or a new story, is taken up over time. Each period some people adopt because of outside influence such as the media (the coefficient p, "innovation") and some because others already have (the coefficient q, "imitation"). Adoption follows an S-shaped curve and the number of new adopters peaks at time ln(q/p)/(p+q).',
    source: 'Bass (1969), Management Science 15:215–227.',
  },
  {
    id: 'branching-process',
    term: 'Branching process',
    definition:
      'A model in which each person who hears a story passes it to a random number of others, independently. If the average number (R) is below 1 the story always dies out; above 1 it may still die out by chance, especially when a few people do most of the passing on.',
    source: 'Galton and Watson (1874); see the branching simulation for the mathematics.',
  },
  {
    id: 'broadcast',
    term: 'Broadcast',
    definition:
      'One sender reaching many people at once: a newspaper, a TV show, or an account with a large following. A study of over a billion Twitter diffusion events found that popularity was driven mostly by the single largest broadcast, not by long chains of person-to-person sharing.',
    source: 'Goel et al. (2016), Management Science.',
  },
  {
    id: 'cascade',
    term: 'Cascade (information cascade)',
    definition:
      'The chain of passing-on that starts when one person shares a story and others share it in turn. In the independent-cascade model each person who has just heard it gets one chance to pass it to each of their contacts, succeeding with a given probability.',
    source: 'Kempe, Kleinberg and Tardos (2003), KDD.',
  },
  {
    id: 'clustering',
    term: 'Clustering',
    definition:
      'How often two of a person’s contacts also know each other. Friendship networks are highly clustered; random networks are not. Clustering slows simple spreading but can help behaviours that need several friends’ encouragement.',
    source: 'Watts and Strogatz (1998), Nature 393:440–442; Centola (2010), Science 329:1194–1197.',
  },
  {
    id: 'complex-contagion',
    term: 'Complex contagion',
    definition:
      'Spreading that needs more than one contact: people adopt only after hearing from several others. In an online experiment adoption spread further in clustered networks than in random ones.',
    source: 'Centola (2010), Science 329:1194–1197.',
  },
  {
    id: 'dispersion',
    term: 'Dispersion (overdispersion)',
    definition:
      'How unequal people are in how much they pass a story on. With strong overdispersion most people tell nobody and a few tell very many, so most stories fizzle but a few explode, even when the average is the same.',
  },
  {
    id: 'hub',
    term: 'Hub',
    definition:
      'A node in a network with far more links than most, such as a news site, a celebrity or a popular blog. In networks that grow by preferential attachment a few hubs hold a large share of all links.',
    source: 'Barabási and Albert (1999), Science 286:509.',
  },
  {
    id: 'preferential-attachment',
    term: 'Preferential attachment',
    definition:
      'A way networks grow: newcomers link to those who already have many links, so the well-connected become better connected. It produces a heavy-tailed degree distribution, roughly P(k) ∝ k⁻³.',
    source: 'Barabási and Albert (1999), Science 286:509.',
  },
  {
    id: 'r',
    term: 'R (reproduction number)',
    definition:
      'The average number of people each hearer passes a story to. Borrowed from epidemiology, where R₀ is the number of people one infected person infects in a fully susceptible population. A story can take off only if R is above 1.',
    source: 'Kermack and McKendrick (1927).',
  },
  {
    id: 'small-world',
    term: 'Small world',
    definition:
      'A network that is clustered like a village yet where any two people are linked by a short chain, because a few links reach far. Rewiring a small share (about 1–10 %) of a ring lattice’s links at random is enough.',
    source: 'Watts and Strogatz (1998), Nature 393:440–442.',
  },
  {
    id: 'tarp',
    term: 'TARP figures (“tells 9–10”)',
    definition:
      'The figures from a 1981 study for Coca-Cola by the consultancy TARP: people who complained and were fully satisfied told 4–5 others, those not fully satisfied told 9–10. They were self-reports about packaged goods, not a general law, but they are often repeated in drifting versions (“tells 20”, “9–15”).',
    source: 'TARP, “Measuring the Grapevine” (1981); Washington Post, 14 October 1984.',
  },
  {
    id: 'viral-coefficient',
    term: 'Viral coefficient (K)',
    definition:
      'Invitations sent per user times the share of invitations that convert. With K above 1 growth is exponential; below 1 each starting user brings in 1/(1−K) users in all, so K = 0.7 multiplies a start by about 3.3. K plays the role of R.',
  },
  {
    id: 'word-of-mouth',
    term: 'Word of mouth (WOM)',
    definition:
      'People telling other people about a product, a company or an experience, in person or online. Research finds positive word of mouth is more common than negative (about 3 to 1 across 15 studies), though unhappy customers say more than moderately happy ones.',
    source:
      'East, Hammond and Wright (2007), IJRM 24:175–184; Anderson (1998), Journal of Service Research 1(1).',
  },
];
