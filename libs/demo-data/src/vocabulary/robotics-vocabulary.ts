import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const ROBOTICS_VOCABULARY: ChainVocabulary = {
  'robotics.reducer': {
    companyTerms: [t('传动', 'Transmission'), t('精密机械', 'Precision Machinery')],
    products: [
      p('RV减速器', 'RV reducers', 'set', 3000, 12_000),
      p('谐波减速器', 'harmonic drive reducers', 'set', 1000, 4000),
      p('精密行星减速机', 'precision planetary gearboxes', 'set', 500, 3000),
      p('交叉滚子轴承', 'crossed roller bearings', 'piece', 300, 3000),
    ],
  },
  'robotics.servo': {
    companyTerms: [t('电气', 'Electric'), t('驱动技术', 'Drive Technology')],
    products: [
      p('交流伺服电机', 'AC servo motors', 'machine', 800, 5000),
      p('伺服驱动器', 'servo drives', 'machine', 1000, 5000),
      p('直线电机模组', 'linear motor modules', 'set', 5000, 30_000),
      p('绝对值编码器', 'absolute encoders', 'piece', 200, 1500),
      p('无框力矩电机', 'frameless torque motors', 'piece', 1500, 8000),
    ],
  },
  'robotics.controller': {
    companyTerms: [t('自动化', 'Automation'), t('工控', 'Industrial Control')],
    products: [
      p('六轴机器人控制器', '6-axis robot controllers', 'set', 8000, 30_000),
      p('PLC可编程控制器', 'PLCs', 'piece', 1500, 20_000),
      p('运动控制卡', 'motion control cards', 'piece', 1000, 8000),
      p('机器人示教器', 'robot teach pendants', 'piece', 3000, 12_000),
      p('机器人离线编程软件', 'offline robot programming software', 'license', 20_000, 200_000),
    ],
  },
  'robotics.sensors': {
    companyTerms: [t('视觉科技', 'Vision Technology'), t('传感技术', 'Sensing Technology')],
    products: [
      p('工业相机', 'industrial cameras', 'piece', 1500, 20_000),
      p('3D结构光相机', '3D structured-light cameras', 'piece', 8000, 60_000),
      p('六维力传感器', '6-axis force/torque sensors', 'piece', 8000, 50_000),
      p('激光位移传感器', 'laser displacement sensors', 'piece', 1500, 15_000),
      p('机器视觉检测系统', 'machine-vision inspection systems', 'set', 50_000, 500_000),
    ],
  },
  'robotics.body': {
    companyTerms: [t('机器人', 'Robotics'), t('智能装备', 'Intelligent Equipment')],
    products: [
      p('20kg六轴工业机器人', '6-axis industrial robots (20 kg)', 'machine', 80_000, 250_000),
      p('SCARA机器人', 'SCARA robots', 'machine', 30_000, 100_000),
      p('协作机器人', 'collaborative robots', 'machine', 50_000, 200_000),
      p('AMR移动机器人', 'AMR mobile robots', 'machine', 50_000, 300_000),
      p('电力巡检机器人', 'power-inspection robots', 'machine', 100_000, 800_000),
    ],
  },
  'robotics.integration': {
    companyTerms: [t('智能制造', 'Intelligent Manufacturing'), t('自动化', 'Automation')],
    products: [
      p('机器人焊接工作站', 'robotic welding cells', 'set', 200_000, 1_000_000),
      p('码垛机器人工作站', 'robotic palletising cells', 'set', 200_000, 800_000),
      p('机器人上下料系统', 'robotic machine-tending systems', 'set', 150_000, 600_000),
      s('白车身焊装生产线', 'body-in-white welding lines', 'project', 5_000_000, 50_000_000),
      s('锂电模组自动化产线', 'battery-module assembly lines', 'project', 5_000_000, 30_000_000),
    ],
  },
  'robotics.end_users': {
    companyTerms: [t('精密制造', 'Precision Manufacturing'), t('机械', 'Machinery')],
    products: [
      p('汽车冲压件', 'automotive stampings', 'piece', 2, 50),
      p('精密CNC加工件', 'precision CNC-machined parts', 'piece', 20, 500),
      s('SMT贴片加工', 'SMT assembly', 'piece', 2, 30),
      s('仓储分拣服务', 'warehouse sorting & fulfilment', 'parcel', 0.5, 3),
      p('光伏组件', 'PV modules', 'piece', 500, 900),
    ],
  },
};
