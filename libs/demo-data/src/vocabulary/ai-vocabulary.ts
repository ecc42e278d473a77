import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const AI_VOCABULARY: ChainVocabulary = {
  'ai.chips_sensors': {
    companyTerms: [t('智能芯片', 'AI Chip'), t('传感技术', 'Sensing Technology')],
    products: [
      p('边缘AI推理芯片', 'edge AI inference chips', 'chip', 30, 400),
      p('AI加速卡', 'AI accelerator cards', 'piece', 20_000, 200_000),
      p('77GHz毫米波雷达', '77 GHz mmWave radar sensors', 'piece', 150, 800),
      p('车规级激光雷达', 'automotive-grade LiDAR', 'piece', 2000, 20_000),
      p('MEMS惯性测量单元', 'MEMS IMUs', 'piece', 50, 2000),
    ],
  },
  'ai.compute': {
    companyTerms: [t('云计算', 'Cloud Computing'), t('数据科技', 'Data Technology')],
    products: [
      s('GPU算力租赁', 'GPU compute rental', 'gpuHour', 5, 30),
      s('智算中心机柜托管', 'AI data-centre rack colocation', 'rackMonth', 3000, 12_000),
      s('云服务器', 'cloud server instances', 'instanceMonth', 200, 3000),
      s('对象存储', 'object storage', 'tbMonth', 80, 200),
      p('AI训练服务器', 'AI training servers', 'machine', 800_000, 3_000_000),
    ],
  },
  'ai.data': {
    companyTerms: [t('数据科技', 'Data Technology'), t('信息技术', 'Information Technology')],
    products: [
      s('图像数据标注', 'image annotation', 'image', 0.2, 3),
      s('语音数据采集与转写', 'speech data collection & transcription', 'hour', 80, 400),
      s('自动驾驶点云标注', 'autonomous-driving LiDAR labelling', 'frame', 2, 20),
      p('行业训练数据集', 'industry training datasets', 'set', 20_000, 500_000),
      s('数据治理与分析服务', 'data governance & analytics', 'project', 100_000, 2_000_000),
    ],
  },
  'ai.algorithms': {
    companyTerms: [t('人工智能', 'Artificial Intelligence'), t('软件', 'Software')],
    products: [
      s('大模型API调用', 'LLM API calls', 'millionTokens', 1, 60),
      s('大模型微调服务', 'LLM fine-tuning services', 'project', 100_000, 2_000_000),
      s('深度学习平台私有化部署', 'on-premise deep-learning platforms', 'license', 200_000, 3_000_000),
      s('机器学习开发平台授权', 'ML development platform licenses', 'license', 50_000, 500_000),
    ],
  },
  'ai.applied_tech': {
    companyTerms: [t('智能科技', 'Intelligent Technology'), t('视觉科技', 'Vision Technology')],
    products: [
      s('人脸识别SDK', 'face recognition SDK', 'license', 10_000, 200_000),
      s('语音识别服务', 'speech recognition service', 'hour', 1, 5),
      s('OCR文字识别接口', 'OCR API', 'thousandCalls', 1, 20),
      s('工业视觉缺陷检测算法', 'visual defect-detection algorithms', 'set', 50_000, 500_000),
      s('智能客服机器人', 'AI customer-service chatbots', 'set', 20_000, 300_000),
    ],
  },
  'ai.smart_products': {
    companyTerms: [t('机器人', 'Robotics'), t('智能家居', 'Smart Home')],
    products: [
      p('商用服务机器人', 'commercial service robots', 'machine', 15_000, 150_000),
      p('扫地机器人', 'robot vacuum cleaners', 'machine', 800, 4000),
      p('智能音箱', 'smart speakers', 'piece', 80, 500),
      p('智能门锁', 'smart door locks', 'piece', 400, 2000),
      p('智能座舱终端', 'smart cockpit head units', 'set', 1500, 8000),
    ],
  },
  'ai.industry_solutions': {
    companyTerms: [t('数字科技', 'Digital Technology'), t('智能系统', 'Intelligent Systems')],
    products: [
      s('智慧工厂MES系统', 'smart-factory MES', 'project', 300_000, 5_000_000),
      s('交通信号智能优化系统', 'smart traffic-signal optimisation', 'project', 500_000, 8_000_000),
      s('视频智能分析平台', 'AI video analytics platforms', 'project', 200_000, 3_000_000),
      s('金融智能风控系统', 'AI credit-risk systems', 'project', 500_000, 5_000_000),
      s('医学影像AI辅助诊断系统', 'AI medical-imaging diagnosis systems', 'set', 200_000, 2_000_000),
      s('政务智能问答平台', 'government AI Q&A platforms', 'project', 200_000, 2_000_000),
    ],
  },
};
