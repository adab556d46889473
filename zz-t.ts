import { translateQuestion, isEnglishQuestion } from './src/core/qa/english/translate-question.ts';
const qs = process.argv.slice(2).length ? process.argv.slice(2) : [
 'who launched a model in May?', 'When did OpenAI launch ChatGPT?', 'How much does one pre-training run of PaLM cost?',
 'Which country banned OpenAI?', 'What did SenseTime release?', 'How many A100s does training GPT-3 take?',
 'Which company released Tongyi Qianwen?', 'How many companies in China have released large models?', 'What is a large model?',
 'Who asked the FTC to ban GPT-4?', 'What did Baidu launch on March 27?', 'How much did OpenAI lose last year?',
 'To how many countries and regions did Google open Bard at the I/O developer conference?',
 'How much does ChatGPT Plus charge per month?', 'How long did it take ChatGPT to reach 100 million monthly active users?',
 'How big will the global generative AI market be in 2028?', 'Who did Kunlun Tech jointly develop Tiangong 3.5 with?',
 'What did Amazon Web Services release on April 13?', 'How many times will iFlytek Spark be upgraded in 2023?',
 'By how much did Chegg website traffic drop year-on-year?', 'Which large models were released in March?',
 'Bard was opened to how many countries?', 'What search engines does Europe use?', 'What did Apple announce?',
];
const t0 = performance.now();
for (const q of qs) { const r = translateQuestion(q); console.log(q, isEnglishQuestion(q), JSON.stringify(r)); }
console.log('total ms', Math.round(performance.now() - t0));
for (const q of ['what is chatgpt', 'who made state-owned chatbots?', 'who launched gpt-4 in march', 'What is ChatGPT?', 'Has Italy lifted its ban on ChatGPT?', 'Which Chinese tech giants have announced LLMs?', 'How many GPUs did Microsoft buy for OpenAI?', 'What did Sam Altman say about regulation?', 'Which U.S. agency got a complaint about GPT-4?']) console.log(q, JSON.stringify(translateQuestion(q)));
